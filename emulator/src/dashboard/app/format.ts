/** Formatting helpers of the dashboard. */

const numberFormat = new Intl.NumberFormat("en-US");

/** `1000` → `1,000`. */
export const formatCount = (n: number): string => numberFormat.format(n);

/**
 * A duration for people: `850 ms`, `12.3 s`, `4 min 05 s`, `2 h 03 min`.
 * @param ms - Milliseconds.
 */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined) return "–";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.floor(ms / 1000);
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")} min`;
}

/**
 * A timestamp as local time (`14:03:07`), with the date when it is not today.
 * @param iso - ISO 8601 time, or undefined.
 */
export function formatTime(iso: string | undefined): string {
  if (!iso) return "–";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const time = d.toLocaleTimeString("en-GB", { hour12: false });
  return d.toDateString() === new Date().toDateString() ? time : `${d.toLocaleDateString("en-CA")} ${time}`;
}
