/** Small shared pieces: the "updated at" line, state badges and the job progress bar. */
import type { TaskCountsView } from "../types";
import { formatCount } from "./format";

/**
 * When the data shown was read, or the error of the last read.
 * @param props - `updatedAt` and `error` of a poll.
 */
export function Freshness(props: { updatedAt?: Date; error?: string }) {
  if (props.error) {
    return (
      <p class="freshness error" role="alert">
        Could not refresh: {props.error}
      </p>
    );
  }
  return (
    <p class="freshness">
      {props.updatedAt
        ? `Live · updated ${props.updatedAt.toLocaleTimeString("en-GB", { hour12: false })}`
        : "Loading…"}
    </p>
  );
}

/**
 * A task's state as a coloured badge (completed tasks show success or failure).
 * @param props - State and result.
 */
export function TaskStateBadge(props: { state: string; result?: string }) {
  const kind = props.state === "completed" ? (props.result === "failure" ? "failed" : "succeeded") : props.state;
  const label =
    props.state === "completed" ? `completed (${props.result === "failure" ? "failed" : "succeeded"})` : props.state;
  return <span class={`badge task-${kind}`}>{label}</span>;
}

/**
 * A job's progress: completed out of all tasks, stacked by outcome.
 * @param props - The job's id (for the label) and counts.
 */
export function ProgressBar(props: { jobId: string; counts: TaskCountsView }) {
  const { active, running, completed, succeeded, failed } = props.counts;
  const total = active + running + completed;
  const pct = (n: number): string => `${total === 0 ? 0 : (100 * n) / total}%`;
  return (
    <div
      class="progress"
      role="progressbar"
      aria-label={`Progress of job ${props.jobId}`}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={completed}
      aria-valuetext={`${formatCount(completed)} of ${formatCount(total)} tasks completed`}
    >
      <span class="seg succeeded" style={{ width: pct(succeeded) }} />
      <span class="seg failed" style={{ width: pct(failed) }} />
      <span class="seg running" style={{ width: pct(running) }} />
    </div>
  );
}
