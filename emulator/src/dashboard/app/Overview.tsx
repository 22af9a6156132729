/** The overview: every pool with its node heat map, and every job with its task counts. */
import type { JobView, OverviewResponse, PoolView } from "../types";
import { formatCount, formatTime } from "./format";
import { usePoll } from "./poll";
import { jobHref } from "./route";
import { Freshness, ProgressBar } from "./Status";

/** Node states grouped into the heat map's colours. */
const NODE_STATE_GROUPS: { group: string; label: string; states: string[] }[] = [
  { group: "idle", label: "Idle", states: ["idle"] },
  { group: "running", label: "Running", states: ["running"] },
  { group: "starting", label: "Starting", states: ["creating", "starting", "waitingforstarttask", "upgradingos"] },
  { group: "rebooting", label: "Rebooting / reimaging", states: ["rebooting", "reimaging"] },
  { group: "failed", label: "Offline / unusable", states: ["offline", "unusable", "starttaskfailed", "unknown"] },
  {
    group: "leaving",
    label: "Leaving / deallocated",
    states: ["leavingpool", "preempted", "deallocating", "deallocated"],
  },
];

/** The colour group of a node state. */
export function nodeGroup(state: string): string {
  return NODE_STATE_GROUPS.find((g) => g.states.includes(state))?.group ?? "failed";
}

function HeatMap(props: { pool: PoolView }) {
  const { pool } = props;
  if (pool.nodes.length === 0) return <p class="muted">No nodes yet.</p>;
  return (
    <ul class="heatmap" aria-label={`Nodes of pool ${pool.id}`}>
      {pool.nodes.map((n) => {
        const fill = Math.min(1, n.runningTaskSlots / Math.max(1, pool.taskSlotsPerNode));
        const label = `${n.id}: ${n.state}, ${n.runningTasks} running task${n.runningTasks === 1 ? "" : "s"} (${n.runningTaskSlots} of ${pool.taskSlotsPerNode} slots), ${formatCount(n.totalTasksRun)} run so far`;
        return (
          <li
            class={`node node-${nodeGroup(n.state)}`}
            tabIndex={0}
            title={label}
            aria-label={label}
            data-node-id={n.id}
            data-state={n.state}
          >
            <span class="node-count" aria-hidden="true">
              {n.runningTasks}
            </span>
            <span class="node-slots" aria-hidden="true">
              <span class="node-fill" style={{ width: `${fill * 100}%` }} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function PoolCard(props: { pool: PoolView }) {
  const { pool } = props;
  const running = pool.nodes.reduce((sum, n) => sum + n.runningTasks, 0);
  return (
    <article class="card pool" aria-labelledby={`pool-${pool.id}`} data-pool-id={pool.id}>
      <header>
        <h3 id={`pool-${pool.id}`}>{pool.id}</h3>
        <p class="muted">
          {pool.vmSize} · {pool.nodes.length}/{pool.targetNodes} nodes · {pool.taskSlotsPerNode} slots each ·{" "}
          {pool.allocationState}
          {pool.state !== "active" ? ` · ${pool.state}` : ""}
        </p>
      </header>
      <HeatMap pool={pool} />
      <p class="pool-summary">
        <strong>{formatCount(running)}</strong> task{running === 1 ? "" : "s"} running
      </p>
    </article>
  );
}

function Legend() {
  return (
    <ul class="legend" aria-label="Node state colours">
      {NODE_STATE_GROUPS.map((g) => (
        <li>
          <span class={`swatch node-${g.group}`} aria-hidden="true" />
          {g.label}
        </li>
      ))}
      <li class="muted">Number: running tasks · bar: slots in use</li>
    </ul>
  );
}

function JobRow(props: { job: JobView }) {
  const { job } = props;
  const c = job.counts;
  const total = c ? c.active + c.running + c.completed : 0;
  return (
    <tr data-job-id={job.id}>
      <th scope="row">
        <a href={jobHref(job.id)}>{job.id}</a>
      </th>
      <td>{job.state}</td>
      <td>{job.poolId}</td>
      <td class="num">{c ? formatCount(c.active) : "–"}</td>
      <td class="num">{c ? formatCount(c.running) : "–"}</td>
      <td class="num" data-count="completed">
        {c ? formatCount(c.completed) : "–"}
      </td>
      <td class="num">{c ? formatCount(c.succeeded) : "–"}</td>
      <td class={`num${c && c.failed > 0 ? " bad" : ""}`}>{c ? formatCount(c.failed) : "–"}</td>
      <td class="progress-cell">
        {c && <ProgressBar jobId={job.id} counts={c} />}
        <span class="muted small">
          {c ? `${total === 0 ? 0 : Math.floor((100 * c.completed) / total)}% of ${formatCount(total)}` : ""}
        </span>
      </td>
      <td>{formatTime(job.creationTime)}</td>
    </tr>
  );
}

/** The overview view. */
export function Overview() {
  const { data, error, updatedAt } = usePoll<OverviewResponse>("/_dashboard/api/overview", 1000);
  return (
    <>
      <div class="view-head">
        <h2>
          Account <span class="account">{data?.accountName ?? "…"}</span>
        </h2>
        <Freshness updatedAt={updatedAt} error={error} />
      </div>
      <section aria-labelledby="pools-title">
        <h2 id="pools-title">Pools</h2>
        {data && data.pools.length === 0 && <p class="muted">No pools.</p>}
        {data && data.pools.length > 0 && <Legend />}
        <div class="pools">
          {data?.pools.map((p) => (
            <PoolCard key={p.id} pool={p} />
          ))}
        </div>
      </section>
      <section aria-labelledby="jobs-title">
        <h2 id="jobs-title">Jobs</h2>
        {data && data.jobs.length === 0 && <p class="muted">No jobs.</p>}
        {data && data.jobs.length > 0 && (
          <ul class="legend" aria-label="Progress bar colours">
            <li>
              <span class="swatch succeeded" aria-hidden="true" />
              Succeeded
            </li>
            <li>
              <span class="swatch failed" aria-hidden="true" />
              Failed
            </li>
            <li>
              <span class="swatch running" aria-hidden="true" />
              Running
            </li>
            <li>
              <span class="swatch active" aria-hidden="true" />
              Waiting
            </li>
          </ul>
        )}
        {data && data.jobs.length > 0 && (
          <div class="table-wrap">
            <table class="jobs">
              <caption class="visually-hidden">Jobs and their task counts by state</caption>
              <thead>
                <tr>
                  <th scope="col">Job</th>
                  <th scope="col">State</th>
                  <th scope="col">Pool</th>
                  <th scope="col" class="num">
                    Active
                  </th>
                  <th scope="col" class="num">
                    Running
                  </th>
                  <th scope="col" class="num">
                    Completed
                  </th>
                  <th scope="col" class="num">
                    Succeeded
                  </th>
                  <th scope="col" class="num">
                    Failed
                  </th>
                  <th scope="col">Progress</th>
                  <th scope="col">Created</th>
                </tr>
              </thead>
              <tbody>
                {data.jobs.map((j) => (
                  <JobRow key={j.id} job={j} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
