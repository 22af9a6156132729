/**
 * What the tracing and logging policies cost per request while they are off (no tracer
 * registered, logger below its level): each policy's `sendRequest` called in a loop with a `next`
 * that answers at once, awaited, against the same loop calling `next` alone. Core's policy and
 * azbatch's (`src/tracingPolicy.ts`, `src/logPolicy.ts`) side by side, interleaved, median of
 * ROUNDS rounds, in CPU ns per request above the bare loop.
 *
 *   npx tsx bench/offPolicies.ts [--calls=200000] [--rounds=7]
 */
import {
  createHttpHeaders,
  createPipelineRequest,
  logPolicy,
  tracingPolicy,
  type PipelinePolicy,
  type PipelineResponse,
  type SendRequest,
} from "@azure/core-rest-pipeline";
import { createClientLogger } from "@azure/logger";
import { createLogPolicy } from "../src/logPolicy.js";
import { createTracingPolicy } from "../src/tracingPolicy.js";
import { argOf, timePolicies } from "./lib/policyLoop.js";

const CALLS = Number(argOf("calls", "200000"));
const ROUNDS = Number(argOf("rounds", "7"));

const request = createPipelineRequest({ url: "https://account.region.batch.azure.com/pools/p?api-version=2026-10-01" });
const answer = Promise.resolve({ status: 200, headers: createHttpHeaders(), request } as PipelineResponse);
const next: SendRequest = () => answer;
// A logger of its own, off (no AZURE_LOG_LEVEL): the state the policies see in an unattended run.
const logger = createClientLogger("azbatch-bench").info;
if (logger.enabled) throw new Error("unset AZURE_LOG_LEVEL: this measures the policies with logging off");

const subjects: Record<string, PipelinePolicy | undefined> = {
  "bare loop (next alone)": undefined,
  "core tracingPolicy": tracingPolicy({}),
  "azbatch tracingPolicy": createTracingPolicy({}),
  "core logPolicy": logPolicy({ logger }),
  "azbatch logPolicy": createLogPolicy({ logger }),
};

const medians = await timePolicies(subjects, { calls: CALLS, rounds: ROUNDS, request: () => request, next });
const bare = medians.get("bare loop (next alone)")!;
console.log(`Policies while off, ${CALLS} calls x ${ROUNDS} rounds, median CPU ns per call (above the bare loop):`);
for (const [name, us] of medians) {
  const ns = us * 1000;
  console.log(
    `  ${name.padEnd(24)} ${ns.toFixed(0).padStart(6)} ns  (${(ns - bare * 1000).toFixed(0).padStart(5)} ns above)`,
  );
}
