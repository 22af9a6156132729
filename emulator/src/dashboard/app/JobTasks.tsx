/** A job's tasks: filter by state and exit code, sort by id, duration or start time. */
import { useMemo, useState } from "preact/hooks";
import type { TaskListResponse, TaskRow } from "../types";
import { formatCount, formatDuration, formatTime } from "./format";
import { usePoll } from "./poll";
import { jobApi, taskHref } from "./route";
import { Freshness, TaskStateBadge } from "./Status";

/** Most rows drawn at once (the filter narrows the rest down). */
const MAX_ROWS = 500;

/** State filter choices: a task state, or a completed task's outcome. */
const STATE_FILTERS: { value: string; label: string; test: (t: TaskRow) => boolean }[] = [
  { value: "all", label: "All states", test: () => true },
  { value: "active", label: "Active", test: (t) => t.state === "active" },
  { value: "preparing", label: "Preparing", test: (t) => t.state === "preparing" },
  { value: "running", label: "Running", test: (t) => t.state === "running" },
  { value: "completed", label: "Completed", test: (t) => t.state === "completed" },
  { value: "succeeded", label: "Completed: succeeded", test: (t) => t.state === "completed" && t.result !== "failure" },
  { value: "failed", label: "Completed: failed", test: (t) => t.state === "completed" && t.result === "failure" },
];

/** Sort choices. */
const SORTS: { value: string; label: string; compare: (a: TaskRow, b: TaskRow) => number }[] = [
  { value: "id", label: "Task id", compare: (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) },
  {
    value: "duration-desc",
    label: "Duration, longest first",
    compare: (a, b) => (b.durationMs ?? -1) - (a.durationMs ?? -1),
  },
  {
    value: "duration-asc",
    label: "Duration, shortest first",
    compare: (a, b) => (a.durationMs ?? Infinity) - (b.durationMs ?? Infinity),
  },
  { value: "start", label: "Start time", compare: (a, b) => (a.startTime ?? "~").localeCompare(b.startTime ?? "~") },
];

/**
 * Parses the exit code filter: empty for any, else an integer.
 * @param text - What the user typed.
 * @returns undefined for any, NaN for invalid, else the code.
 */
export function parseExitCode(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  return /^-?\d{1,10}$/.test(trimmed) ? Number(trimmed) : NaN;
}

/**
 * The job view.
 * @param props - The job's id.
 */
export function JobTasks(props: { jobId: string }) {
  const { data, error, updatedAt } = usePoll<TaskListResponse>(`${jobApi(props.jobId)}/tasks`, 1500);
  const [stateFilter, setStateFilter] = useState("all");
  const [exitText, setExitText] = useState("");
  const [sort, setSort] = useState("id");
  const exitCode = parseExitCode(exitText);
  const rows = useMemo(() => {
    const byState = STATE_FILTERS.find((f) => f.value === stateFilter) ?? STATE_FILTERS[0]!;
    const compare = (SORTS.find((s) => s.value === sort) ?? SORTS[0]!).compare;
    return (data?.tasks ?? [])
      .filter((t) => byState.test(t) && (exitCode === undefined || t.exitCode === exitCode))
      .sort(compare);
  }, [data, stateFilter, exitCode, sort]);
  return (
    <>
      <div class="view-head">
        <h2>
          Tasks of job <span class="account">{props.jobId}</span>
        </h2>
        <Freshness updatedAt={updatedAt} error={error} />
      </div>
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter and sort tasks">
        <label>
          State
          <select value={stateFilter} onChange={(e) => setStateFilter(e.currentTarget.value)}>
            {STATE_FILTERS.map((f) => (
              <option value={f.value}>{f.label}</option>
            ))}
          </select>
        </label>
        <label>
          Exit code
          <input
            type="text"
            inputMode="numeric"
            value={exitText}
            placeholder="any"
            size={6}
            aria-invalid={Number.isNaN(exitCode) ? "true" : undefined}
            aria-describedby="exit-help"
            onInput={(e) => setExitText(e.currentTarget.value)}
          />
        </label>
        <span id="exit-help" class={`muted small${Number.isNaN(exitCode) ? " bad" : ""}`}>
          {Number.isNaN(exitCode) ? "Type a whole number, or leave it empty for any." : "Empty for any."}
        </span>
        <label>
          Sort by
          <select value={sort} onChange={(e) => setSort(e.currentTarget.value)}>
            {SORTS.map((s) => (
              <option value={s.value}>{s.label}</option>
            ))}
          </select>
        </label>
        <p class="match-count" aria-live="polite">
          {data
            ? `${formatCount(rows.length)} of ${formatCount(data.tasks.length)} tasks${data.truncated ? ` (first ${formatCount(data.limit)} read)` : ""}`
            : ""}
        </p>
      </form>
      {data && (
        <div class="table-wrap">
          <table class="tasks">
            <caption class="visually-hidden">Tasks of job {props.jobId}</caption>
            <thead>
              <tr>
                <th scope="col">Task</th>
                <th scope="col">State</th>
                <th scope="col" class="num">
                  Exit code
                </th>
                <th scope="col">Node</th>
                <th scope="col">Started</th>
                <th scope="col" class="num">
                  Duration
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, MAX_ROWS).map((t) => (
                <tr key={t.id} data-task-id={t.id}>
                  <th scope="row">
                    <a href={taskHref(props.jobId, t.id)}>{t.id}</a>
                  </th>
                  <td>
                    <TaskStateBadge state={t.state} result={t.result} />
                  </td>
                  <td class={`num${t.exitCode !== undefined && t.exitCode !== 0 ? " bad" : ""}`}>
                    {t.exitCode ?? "–"}
                  </td>
                  <td>{t.nodeId ?? "–"}</td>
                  <td>{formatTime(t.startTime)}</td>
                  <td class="num">{formatDuration(t.durationMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > MAX_ROWS && (
            <p class="muted">Showing the first {MAX_ROWS}; narrow the filter to see the others.</p>
          )}
        </div>
      )}
    </>
  );
}
