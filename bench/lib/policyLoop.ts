/**
 * Times pipeline policies on their own: each policy's `sendRequest` called in a loop of awaited
 * calls against a `next` that answers at once, interleaved rounds, median CPU per call. A subject
 * without a policy is the bare loop (`next` alone) the others are read against. Used by
 * bench/offPolicies.ts and bench/policiesAlone.ts.
 */
import type { PipelinePolicy, PipelineRequest, SendRequest } from "@azure/core-rest-pipeline";
import { summarize } from "./stats.js";

/**
 * A `--name=value` argument of the command line.
 * @param name - The argument's name.
 * @param fallback - Its value when not given.
 */
export function argOf(name: string, fallback: string): string {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
}

/** How {@link timePolicies} calls each policy. */
export interface PolicyLoop {
  /** Awaited calls per round. */
  calls: number;
  /** Measured rounds (after one warm-up round of each subject). */
  rounds: number;
  /** The request of each call. */
  request: () => PipelineRequest;
  /** The next policy: answers at once. */
  next: SendRequest;
}

/**
 * The median CPU µs per call of each subject.
 * @param subjects - The policies by name; `undefined` for the bare loop.
 * @param loop - Calls, rounds, request and `next`.
 * @returns The medians, by name, in the subjects' order.
 */
export async function timePolicies(
  subjects: Record<string, PipelinePolicy | undefined>,
  loop: PolicyLoop,
): Promise<Map<string, number>> {
  const round = async (policy: PipelinePolicy | undefined): Promise<number> => {
    const start = process.cpuUsage();
    for (let i = 0; i < loop.calls; i++) {
      const request = loop.request();
      await (policy ? policy.sendRequest(request, loop.next) : loop.next(request));
    }
    const used = process.cpuUsage(start);
    return (used.user + used.system) / loop.calls;
  };
  const samples = new Map(Object.keys(subjects).map((name) => [name, [] as number[]]));
  for (const policy of Object.values(subjects)) await round(policy); // warm up
  for (let r = 0; r < loop.rounds; r++)
    for (const [name, policy] of Object.entries(subjects)) samples.get(name)!.push(await round(policy));
  return new Map([...samples].map(([name, us]) => [name, summarize(us).median]));
}
