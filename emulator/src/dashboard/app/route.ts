/** Hash routes of the dashboard: `#/`, `#/jobs/{jobId}`, `#/jobs/{jobId}/tasks/{taskId}`. */
import { useEffect, useState } from "preact/hooks";

/** A parsed route. */
export type Route =
  { view: "overview" } | { view: "job"; jobId: string } | { view: "task"; jobId: string; taskId: string };

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/**
 * Parses a location hash.
 * @param hash - `location.hash`.
 * @returns The route (the overview for anything unknown).
 */
export function parseRoute(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, "")
    .split("/")
    .filter((p) => p !== "")
    .map(decode);
  if (parts.some((p) => p === undefined)) return { view: "overview" };
  if (parts[0] === "jobs" && parts.length === 2) return { view: "job", jobId: parts[1]! };
  if (parts[0] === "jobs" && parts[2] === "tasks" && parts.length === 4)
    return { view: "task", jobId: parts[1]!, taskId: parts[3]! };
  return { view: "overview" };
}

/** Link to a job's tasks. */
export const jobHref = (jobId: string): string => `#/jobs/${encodeURIComponent(jobId)}`;
/** Link to a task. */
export const taskHref = (jobId: string, taskId: string): string =>
  `#/jobs/${encodeURIComponent(jobId)}/tasks/${encodeURIComponent(taskId)}`;
/** API path of a job. */
export const jobApi = (jobId: string): string => `/_dashboard/api/jobs/${encodeURIComponent(jobId)}`;

/** The current route, following `hashchange`. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(location.hash));
    addEventListener("hashchange", onChange);
    return () => removeEventListener("hashchange", onChange);
  }, []);
  return route;
}
