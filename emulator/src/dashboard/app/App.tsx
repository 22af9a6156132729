/** The dashboard's frame: header, breadcrumb and the view the location hash names. */
import { JobTasks } from "./JobTasks";
import { Overview } from "./Overview";
import { jobHref, useRoute } from "./route";
import { TaskDetail } from "./TaskDetail";

/** The app. */
export function App() {
  const route = useRoute();
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <h1>
          <a href="#/">azbatch emulator</a>
        </h1>
        <nav aria-label="Breadcrumb">
          <ol class="crumbs">
            <li>
              <a href="#/" aria-current={route.view === "overview" ? "page" : undefined}>
                Overview
              </a>
            </li>
            {route.view !== "overview" && (
              <li>
                <a href={jobHref(route.jobId)} aria-current={route.view === "job" ? "page" : undefined}>
                  Job {route.jobId}
                </a>
              </li>
            )}
            {route.view === "task" && (
              <li>
                <span aria-current="page">Task {route.taskId}</span>
              </li>
            )}
          </ol>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {route.view === "overview" && <Overview />}
        {route.view === "job" && <JobTasks key={route.jobId} jobId={route.jobId} />}
        {route.view === "task" && (
          <TaskDetail key={`${route.jobId}/${route.taskId}`} jobId={route.jobId} taskId={route.taskId} />
        )}
      </main>
    </>
  );
}
