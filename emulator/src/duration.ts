/** ISO 8601 durations (`PT15M`, `P7D`, `P1DT2H3.5S`) as used by the Batch wire format. */

const DURATION =
  /^(-)?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** The .NET `TimeSpan.MaxValue` the service reports for "no limit". */
export const MAX_DURATION = "P10675199DT2H48M5.4775807S";

/**
 * Parses an ISO 8601 duration into milliseconds (years count 365 days, months 30).
 * @param text - The duration text.
 * @returns Milliseconds, or `undefined` when the text is not a duration.
 */
export function parseDuration(text: string): number | undefined {
  const m = DURATION.exec(text);
  if (!m || text === "P" || text.endsWith("T")) return undefined;
  const n = (i: number): number => (m[i] ? Number(m[i]) : 0);
  const days = n(2) * 365 + n(3) * 30 + n(4) * 7 + n(5);
  const ms = ((days * 24 + n(6)) * 60 + n(7)) * 60_000 + n(8) * 1000;
  return m[1] ? -ms : ms;
}

/**
 * Formats milliseconds as an ISO 8601 duration (`PT1M30S`, `P7D`).
 * @param ms - Non-negative milliseconds.
 * @returns The duration text.
 */
export function formatDuration(ms: number): string {
  let rest = Math.max(0, ms);
  const days = Math.floor(rest / 86_400_000);
  rest -= days * 86_400_000;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = rest / 1000;
  let out = "P" + (days ? `${days}D` : "");
  if (hours || minutes || seconds || !days) {
    out += "T" + (hours ? `${hours}H` : "") + (minutes ? `${minutes}M` : "");
    if (seconds || (!hours && !minutes)) out += `${seconds}S`;
  }
  return out;
}
