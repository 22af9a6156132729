/** Reads V8 `.cpuprofile` files (written by `node --cpu-prof`) and lists where the time goes. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time of one function, or of one package. */
export interface SelfTime {
  name: string;
  ms: number;
  percent: number;
}

function where(url: string, repoRoot: string): string {
  const path = url.replace(/^file:\/\//, "");
  const nm = path.lastIndexOf("/node_modules/");
  if (nm >= 0) return path.slice(nm + "/node_modules/".length);
  if (path.startsWith(repoRoot)) return path.slice(repoRoot.length);
  return path || "(native)";
}

/** The package (or repository folder) a script belongs to. */
function owner(url: string, repoRoot: string): string {
  const w = where(url, repoRoot);
  if (w === "(native)") return "(native code)";
  if (w.startsWith("node:")) return "node: internals";
  const parts = w.split("/");
  return parts[0].startsWith("@")
    ? `${parts[0]}/${parts[1]}`
    : parts[0] === "dist"
      ? `${parts[0]}/${parts[1]}/${parts[2]}`
      : parts[0];
}

/** The top self-time functions and packages of one profile. */
export function summarizeProfile(
  file: string,
  repoRoot: string,
  top = 15,
): { total: number; functions: SelfTime[]; owners: SelfTime[] } {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const fn = new Map<string, number>();
  const own = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === "(idle)" || functionName === "(program)") return;
    total += dt;
    const key = `${functionName || "(anonymous)"} ${where(url, repoRoot)}${url ? `:${lineNumber + 1}` : ""}`;
    fn.set(key, (fn.get(key) ?? 0) + dt);
    const o = functionName === "(garbage collector)" ? "(garbage collector)" : owner(url, repoRoot);
    own.set(o, (own.get(o) ?? 0) + dt);
  });
  const rank = (m: Map<string, number>, n: number): SelfTime[] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => ({ name, ms, percent: (100 * ms) / (total || 1) }));
  return { total, functions: rank(fn, top), owners: rank(own, 10) };
}

/**
 * Every `.cpuprofile` in `dir` of a main thread: `node --cpu-prof` names them
 * `CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile`, and thread 0 is the main thread (the
 * others are module-loader threads, which hold no client code); other names are kept.
 */
export function profilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile") && !/^CPU\.\d+\.\d+\.\d+\.[1-9]\d*\.\d+\.cpuprofile$/.test(f))
    .map((f) => join(dir, f));
}

/** Starts V8's CPU profiler in this process; the returned function stops it and writes `file`. */
export async function startProfiling(file: string): Promise<() => Promise<void>> {
  const { Session } = await import("node:inspector/promises");
  const { writeFileSync } = await import("node:fs");
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
  return async () => {
    const { profile } = await session.post("Profiler.stop");
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  };
}
