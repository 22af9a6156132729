/** One task: command line, environment, exit code, timings, and its output tailed live. */
import type { TaskDetailResponse } from "../types";
import { formatDuration, formatTime } from "./format";
import { LogTail } from "./LogTail";
import { usePoll } from "./poll";
import { jobApi, jobHref } from "./route";
import { Freshness, TaskStateBadge } from "./Status";

/**
 * The task view.
 * @param props - Job and task ids.
 */
export function TaskDetail(props: { jobId: string; taskId: string }) {
  const {
    data: t,
    error,
    updatedAt,
  } = usePoll<TaskDetailResponse>(`${jobApi(props.jobId)}/tasks/${encodeURIComponent(props.taskId)}`, 1000);
  return (
    <>
      <div class="view-head">
        <h2>
          Task <span class="account">{props.taskId}</span> <span class="muted">of job</span>{" "}
          <a href={jobHref(props.jobId)}>{props.jobId}</a>
        </h2>
        <Freshness updatedAt={updatedAt} error={error} />
      </div>
      {t && (
        <div class="task-grid">
          <section class="card" aria-labelledby="facts-title">
            <h3 id="facts-title">Details</h3>
            <dl class="facts">
              <dt>State</dt>
              <dd data-field="state">
                <TaskStateBadge state={t.state} result={t.result} />
              </dd>
              <dt>Exit code</dt>
              <dd data-field="exitCode" class={t.exitCode !== undefined && t.exitCode !== 0 ? "bad" : undefined}>
                {t.exitCode ?? "–"}
              </dd>
              <dt>Node</dt>
              <dd>{t.nodeId ? `${t.nodeId}${t.poolId ? ` (pool ${t.poolId})` : ""}` : "–"}</dd>
              <dt>Created</dt>
              <dd>{formatTime(t.creationTime)}</dd>
              <dt>Started</dt>
              <dd>{formatTime(t.startTime)}</dd>
              <dt>Ended</dt>
              <dd>{formatTime(t.endTime)}</dd>
              <dt>Duration</dt>
              <dd>{formatDuration(t.durationMs)}</dd>
              <dt>Retries</dt>
              <dd>{t.retryCount ?? 0}</dd>
              {t.failure && (
                <>
                  <dt>Failure</dt>
                  <dd class="bad">
                    {[t.failure.category, t.failure.code, t.failure.message].filter(Boolean).join(": ")}
                  </dd>
                </>
              )}
            </dl>
            <h3>Command line</h3>
            <pre class="command" data-field="commandLine">
              <code>{t.commandLine}</code>
            </pre>
            <h3>Environment</h3>
            {t.environment.length === 0 ? (
              <p class="muted">No environment settings.</p>
            ) : (
              <table class="env">
                <caption class="visually-hidden">Environment settings</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Value</th>
                  </tr>
                </thead>
                <tbody>
                  {t.environment.map((e) => (
                    <tr>
                      <th scope="row">
                        <code>{e.name}</code>
                      </th>
                      <td>
                        <code>{e.value}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <div class="logs">
            <LogTail jobId={props.jobId} taskId={props.taskId} fileName="stdout.txt" done={t.state === "completed"} />
            <LogTail jobId={props.jobId} taskId={props.taskId} fileName="stderr.txt" done={t.state === "completed"} />
          </div>
        </div>
      )}
    </>
  );
}
