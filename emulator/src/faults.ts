/**
 * Fault injection: seeded, reproducible bad days. A {@link FaultSpec} holds
 * rules; the first rule whose `operation` matches a request decides, from its
 * own seeded random stream, whether that request is answered `503
 * ServerBusy`, `429 TooManyRequests` (with or without `Retry-After`), `500
 * OperationTimedOut`, has its connection dropped before or after the work is
 * done, or is delayed. Each rule draws once per matching request, so the n-th
 * request a rule sees always gets the same fate for a given seed (with
 * concurrent clients, which request is the n-th depends on arrival order).
 */
import { BatchServiceError } from "./errors.js";

/** What can happen to a request. */
export type FaultKind =
  "serverBusy" | "tooManyRequests" | "tooManyRequestsNoRetryAfter" | "operationTimedOut" | "dropBefore" | "dropAfter";

/** Every {@link FaultKind}, in the order fractions are drawn. */
export const FAULT_KINDS: readonly FaultKind[] = [
  "serverBusy",
  "tooManyRequests",
  "tooManyRequestsNoRetryAfter",
  "operationTimedOut",
  "dropBefore",
  "dropAfter",
];

/** A delay added before a request is handled. */
export type LatencySpec =
  | { distribution: "fixed"; ms: number }
  | { distribution: "uniform"; minMs: number; maxMs: number }
  | { distribution: "exponential"; meanMs: number; maxMs?: number };

/** Consecutive requests all answered with one fault, every `every` requests the rule sees. */
export interface BurstSpec {
  /** The fault of the burst. */
  kind: FaultKind;
  /** A burst starts at request 0, `every`, 2×`every`, ... of this rule. */
  every: number;
  /** Requests per burst. */
  length: number;
}

/** One rule. */
export interface FaultRule {
  /**
   * Which requests: `*` (default, every Batch operation) or `METHOD /route/template`, for example
   * `POST /jobs/{jobId}/addtaskcollection` (the route templates are those of `emulator/README.md`).
   */
  operation?: string;
  /** Fraction (0..1) of the rule's requests per fault; their sum must be at most 1. */
  fractions?: Partial<Record<FaultKind, number>>;
  /** Bursts, checked before the fractions. */
  bursts?: BurstSpec[];
  /** `Retry-After` of `tooManyRequests` answers, in seconds (default 1). 503 and `tooManyRequestsNoRetryAfter` answers carry none. */
  retryAfterSeconds?: number;
  /** Delay before every request of the rule that is not dropped before the work. */
  latency?: LatencySpec;
}

/** The whole fault configuration. */
export interface FaultSpec {
  /** Seed of the random streams (default 1). */
  seed?: number;
  /** Rules, first match wins. */
  rules: FaultRule[];
}

/** What {@link FaultInjector.decide} chose for one request. */
export interface FaultDecision {
  /** The fault, if any. */
  kind?: FaultKind;
  /** Delay before handling, in ms (0 for none). */
  delayMs: number;
  /** `Retry-After` seconds to send with a `tooManyRequests` answer. */
  retryAfterSeconds: number;
}

/** Counts since the spec was set. */
export interface FaultCounters {
  /** Requests a rule matched. */
  matched: number;
  /** Faults injected, per kind. */
  injected: Record<FaultKind, number>;
}

/** Waits `ms` milliseconds: the one timer of fault latency, replaceable (for a controlled clock). */
export type Sleep = (ms: number) => Promise<void>;

/** A small seeded generator (mulberry32): uniform numbers in [0, 1). */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fail(why: string): never {
  throw new BatchServiceError(400, "InvalidRequestBody", `Invalid fault specification: ${why}`);
}

function fraction(v: unknown, what: string): number {
  if (typeof v !== "number" || !(v >= 0 && v <= 1)) fail(`${what} must be a number from 0 to 1.`);
  return v;
}

function nonNegative(v: unknown, what: string): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0) fail(`${what} must be a non-negative number.`);
  return v;
}

/**
 * Checks a fault specification (from JSON: CLI, option or admin endpoint).
 * @param value - The parsed value.
 * @returns The specification.
 * @throws BatchServiceError 400 `InvalidRequestBody` naming the first problem.
 */
export function parseFaultSpec(value: unknown): FaultSpec {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    fail("an object { seed, rules } was expected.");
  const v = value as Record<string, unknown>;
  if (v.seed !== undefined && (typeof v.seed !== "number" || !Number.isInteger(v.seed)))
    fail("seed must be an integer.");
  if (!Array.isArray(v.rules)) fail("rules must be an array.");
  const rules = v.rules.map((r, i): FaultRule => {
    if (r === null || typeof r !== "object" || Array.isArray(r)) fail(`rules[${i}] must be an object.`);
    const rule = r as Record<string, unknown>;
    for (const k of Object.keys(rule))
      if (!["operation", "fractions", "bursts", "retryAfterSeconds", "latency"].includes(k))
        fail(`rules[${i}].${k} is not a rule property.`);
    if (
      rule.operation !== undefined &&
      (typeof rule.operation !== "string" || !/^(\*|[A-Z]+ \/\S*)$/.test(rule.operation))
    )
      fail(`rules[${i}].operation must be '*' or 'METHOD /path/template'.`);
    let sum = 0;
    if (rule.fractions !== undefined) {
      if (rule.fractions === null || typeof rule.fractions !== "object")
        fail(`rules[${i}].fractions must be an object.`);
      for (const [k, f] of Object.entries(rule.fractions as Record<string, unknown>)) {
        if (!FAULT_KINDS.includes(k as FaultKind))
          fail(`rules[${i}].fractions.${k} is not one of ${FAULT_KINDS.join(", ")}.`);
        sum += fraction(f, `rules[${i}].fractions.${k}`);
      }
      if (sum > 1 + 1e-9) fail(`rules[${i}].fractions add up to more than 1.`);
    }
    if (rule.bursts !== undefined) {
      if (!Array.isArray(rule.bursts)) fail(`rules[${i}].bursts must be an array.`);
      rule.bursts.forEach((b: unknown, j) => {
        const burst = (b ?? {}) as Record<string, unknown>;
        if (!FAULT_KINDS.includes(burst.kind as FaultKind))
          fail(`rules[${i}].bursts[${j}].kind is not one of ${FAULT_KINDS.join(", ")}.`);
        if (!Number.isInteger(burst.every) || (burst.every as number) < 1)
          fail(`rules[${i}].bursts[${j}].every must be a positive integer.`);
        if (!Number.isInteger(burst.length) || (burst.length as number) < 0)
          fail(`rules[${i}].bursts[${j}].length must be a non-negative integer.`);
      });
    }
    if (rule.retryAfterSeconds !== undefined) nonNegative(rule.retryAfterSeconds, `rules[${i}].retryAfterSeconds`);
    if (rule.latency !== undefined) {
      const l = (rule.latency ?? {}) as Record<string, unknown>;
      if (l.distribution === "fixed") nonNegative(l.ms, `rules[${i}].latency.ms`);
      else if (l.distribution === "uniform") {
        if (nonNegative(l.maxMs, `rules[${i}].latency.maxMs`) < nonNegative(l.minMs, `rules[${i}].latency.minMs`))
          fail(`rules[${i}].latency.maxMs is below minMs.`);
      } else if (l.distribution === "exponential") {
        nonNegative(l.meanMs, `rules[${i}].latency.meanMs`);
        if (l.maxMs !== undefined) nonNegative(l.maxMs, `rules[${i}].latency.maxMs`);
      } else fail(`rules[${i}].latency.distribution must be fixed, uniform or exponential.`);
    }
    return rule as FaultRule;
  });
  return { seed: (v.seed as number | undefined) ?? 1, rules };
}

interface RuleState {
  rule: FaultRule;
  random: () => number;
  seen: number;
}

/** Applies one {@link FaultSpec} to requests. */
export class FaultInjector {
  private spec: FaultSpec = { seed: 1, rules: [] };
  private states: RuleState[] = [];
  private counters: FaultCounters = emptyCounters();

  /** @param spec - The initial specification (none: no faults). */
  constructor(spec?: FaultSpec) {
    if (spec) this.set(spec);
  }

  /**
   * Replaces the specification and restarts the random streams and counters.
   * @param spec - A specification checked by {@link parseFaultSpec}.
   */
  set(spec: FaultSpec): void {
    const checked = parseFaultSpec(spec);
    this.spec = checked;
    this.states = checked.rules.map((rule, i) => ({
      rule,
      random: seededRandom((checked.seed ?? 1) * 1000003 + i),
      seen: 0,
    }));
    this.counters = emptyCounters();
  }

  /** The current specification and counters. */
  status(): { spec: FaultSpec; counters: FaultCounters } {
    return { spec: this.spec, counters: { matched: this.counters.matched, injected: { ...this.counters.injected } } };
  }

  /**
   * Decides the fate of one request.
   * @param operation - `METHOD /route/template`.
   * @returns The fault (if any), the delay and the `Retry-After` to use.
   */
  decide(operation: string): FaultDecision {
    const state = this.states.find(
      (s) => s.rule.operation === undefined || s.rule.operation === "*" || s.rule.operation === operation,
    );
    if (!state) return { delayMs: 0, retryAfterSeconds: 1 };
    const { rule } = state;
    const n = state.seen++;
    this.counters.matched++;
    // Always draw the same number of values per request, so one request's fate never shifts the next one's.
    const draw = state.random();
    const latencyDraw = state.random();
    let kind: FaultKind | undefined;
    for (const b of rule.bursts ?? []) {
      if (n % b.every < b.length) {
        kind = b.kind;
        break;
      }
    }
    if (kind === undefined) {
      let acc = 0;
      for (const k of FAULT_KINDS) {
        acc += rule.fractions?.[k] ?? 0;
        if (draw < acc) {
          kind = k;
          break;
        }
      }
    }
    if (kind) this.counters.injected[kind]++;
    return {
      kind,
      delayMs: kind === "dropBefore" ? 0 : latencyMs(rule.latency, latencyDraw),
      retryAfterSeconds: rule.retryAfterSeconds ?? 1,
    };
  }
}

function emptyCounters(): FaultCounters {
  return {
    matched: 0,
    injected: {
      serverBusy: 0,
      tooManyRequests: 0,
      tooManyRequestsNoRetryAfter: 0,
      operationTimedOut: 0,
      dropBefore: 0,
      dropAfter: 0,
    },
  };
}

function latencyMs(spec: LatencySpec | undefined, u: number): number {
  if (!spec) return 0;
  switch (spec.distribution) {
    case "fixed":
      return spec.ms;
    case "uniform":
      return spec.minMs + u * (spec.maxMs - spec.minMs);
    case "exponential": {
      const ms = -spec.meanMs * Math.log(1 - u);
      return spec.maxMs !== undefined ? Math.min(ms, spec.maxMs) : ms;
    }
  }
}

/**
 * The error answer of an answered (not dropped) fault.
 * @param kind - `serverBusy`, `tooManyRequests`, `tooManyRequestsNoRetryAfter` or `operationTimedOut`.
 * @param retryAfterSeconds - `Retry-After` of `tooManyRequests`.
 * @returns The error and the extra headers.
 */
export function faultAnswer(
  kind: FaultKind,
  retryAfterSeconds: number,
): { error: BatchServiceError; headers: Record<string, string> } {
  switch (kind) {
    case "serverBusy":
      return {
        error: new BatchServiceError(
          503,
          "ServerBusy",
          "The server is currently unable to receive requests. Please retry your request.",
        ),
        headers: {},
      };
    case "tooManyRequests":
      return {
        error: new BatchServiceError(
          429,
          "TooManyRequests",
          "The request rate is too high. Please retry your request later.",
        ),
        headers: { "Retry-After": String(Math.round(retryAfterSeconds)) },
      };
    case "tooManyRequestsNoRetryAfter":
      return {
        error: new BatchServiceError(
          429,
          "TooManyRequests",
          "The request rate is too high. Please retry your request later.",
        ),
        headers: {},
      };
    default:
      return {
        error: new BatchServiceError(
          500,
          "OperationTimedOut",
          "The operation could not be completed within the permitted time.",
        ),
        headers: {},
      };
  }
}
