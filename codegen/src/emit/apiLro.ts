/**
 * The long-running operations declared in `autorest.md` (`azbatch.long-running-operations`):
 * per entry, a `beginX` function on the context with its options type, which sends the plain
 * operation and returns a poller (the hand-written engine, `src/lro/`) that reads the resource
 * with the entry's `poll` operation until the entry's condition says it is done.
 */
import { byKey, compareCodeUnits, lowerFirst, upperFirst } from "../naming.js";
import type { OperationPlan } from "./apiPlan.js";
import { namedModel } from "./apiPlan.js";
import type { ApiNames } from "./apiOptions.js";
import { doc } from "./docs.js";

/**
 * One entry of `azbatch.long-running-operations`, keyed by the operation's method name.
 * Exactly one of `until-deleted`, `until` and `while` says when it is done.
 */
export interface LongRunningConfig {
  /** The operation that reads the resource (its path parameters are taken from the started operation's). */
  poll: string;
  /** Done when `poll` answers 404; the listed states are the transition while the resource is still there. */
  "until-deleted"?: string[];
  /** Done when the property has one of the values: `{ allocationState: [steady] }`. */
  until?: Record<string, string[]>;
  /** Done when the property has none of the values: `{ state: [disabling] }`. */
  while?: Record<string, string[]>;
  /**
   * The transition may start late when a body property has this value (`{ nodeRebootKind: taskcompletion }`):
   * the poller then waits until it has seen a transitional state.
   */
  "wait-for-transition-when"?: Record<string, string>;
  /** Replaces the derived first sentence of the TSDoc. */
  summary?: string;
}

/** A declared long-running operation with the plans of the operations it uses. */
export interface LongRunningPlan {
  name: string;
  config: LongRunningConfig;
  start: OperationPlan;
  poll: OperationPlan;
  /** What the poller resolves to. */
  resultType: string;
  /** The `@param` lines and arguments of `beginX` (without options). */
  args: string[];
  argNames: string[];
  paramDocs: string[];
  optionsType: string;
  /** The first sentence of its TSDoc. */
  summary: string;
}

/** Checks the configuration against the operations and plans each entry. */
export function planLongRunning(config: Record<string, LongRunningConfig>, plans: OperationPlan[]): LongRunningPlan[] {
  const byMethod = new Map(plans.map((p) => [p.op.methodName, p]));
  return Object.entries(config).map(([name, entry]) => {
    const fail = (why: string): never => {
      throw new Error(`azbatch-codegen: long-running-operations.${name}: ${why}`);
    };
    const start = byMethod.get(name) ?? fail("no operation has this method name");
    const poll = byMethod.get(entry.poll) ?? fail(`poll names '${entry.poll}', which is no operation`);
    if (poll.kind !== "json") fail(`poll operation '${entry.poll}' does not return a resource`);
    const conditions = [entry["until-deleted"], entry.until, entry.while].filter((c) => c !== undefined);
    if (conditions.length !== 1) fail("needs exactly one of until-deleted, until, while");
    for (const p of poll.pathParams) {
      if (!start.pathParams.some((q) => q.name === p.name))
        fail(`'${entry.poll}' needs '${p.name}', which '${name}' does not take`);
    }
    const when = entry["wait-for-transition-when"];
    if (when && !start.bodyArg) fail("wait-for-transition-when reads the body, and the operation has none");
    const deleted = entry["until-deleted"] !== undefined;
    const resource = namedModel(poll.bodyResult)!;
    const noun = resource
      .replace(/^Batch/, "")
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .toLowerCase();
    return {
      name,
      config: entry,
      start,
      poll,
      resultType: deleted ? "void" : resource,
      args: start.args,
      argNames: start.argNames,
      paramDocs: start.paramDocs,
      optionsType: `Begin${upperFirst(name)}OptionalParams`,
      summary: entry.summary ?? `Sends \`${name}\` and returns a poller that completes ${doneText(entry, noun)}.`,
    };
  });
}

function doneText(entry: LongRunningConfig, noun: string): string {
  if (entry["until-deleted"]) return `when the ${noun} is gone (404)`;
  const [[property, values]] = Object.entries(entry.until ?? entry.while!);
  const list = values.map((v) => `\`${v}\``).join(", ");
  return entry.until
    ? `with the ${noun} once its \`${property}\` is ${list}`
    : `with the ${noun} once its \`${property}\` is no longer ${list}`;
}

/** The TSDoc of a `beginX` function, or (`withContext` false) of the client's method. */
export function longRunningDoc(plan: LongRunningPlan, withContext: boolean): string {
  const options = `@param options - those of \`${plan.name}\`, plus \`updateIntervalInMs\`, \`resumeFrom\` and \`abortSignal\`.`;
  if (!withContext) return doc(plan.summary, "", [...plan.paramDocs, options, "@returns the poller."]);
  return doc(plan.summary, "", [
    "The request is sent at once; `await poller.submitted()` waits for it to be accepted.",
    "",
    "@param context - the context the operation runs on.",
    ...plan.paramDocs,
    options,
    "@returns the poller (await it, or call `pollUntilDone()`).",
    "@throws (from the poller) the error of the request or of a poll.",
  ]);
}

/** `api/longRunning.ts`: the `beginX` functions, their options and the operation names. */
export function emitLongRunning(lros: LongRunningPlan[], names: ApiNames, engineModule: string): string {
  if (lros.length === 0) return "export {};\n";
  const operations = new Map<string, Set<string>>();
  const use = (plan: OperationPlan): void => {
    operations.set(plan.group, (operations.get(plan.group) ?? new Set()).add(plan.op.methodName));
  };
  lros.forEach((l) => (use(l.start), use(l.poll)));
  const engine = [
    "createBatchPoller",
    "initialState",
    "pollerOptions",
    "requestOptions",
    "type BatchPoller",
    "type BatchPollerOptions",
  ];
  const checks = new Set(lros.map((l) => checkHelper(l.config)));
  let out = `import { ${[...engine, ...checks].sort(byBareName).join(", ")} } from ${JSON.stringify(engineModule)};\n`;
  out += `import type { ${names.context} } from "./${lowerFirst(names.context)}.js";\n`;
  const models = new Set(
    lros.flatMap((l) => [namedModel(l.start.bodyType), l.resultType === "void" ? undefined : l.resultType]),
  );
  out += `import type { ${[...models]
    .filter((m): m is string => !!m)
    .sort()
    .join(", ")} } from "./models.js";\n`;
  const optionTypes = [...new Set(lros.map((l) => l.start.optionsType))].sort();
  out += `import type { ${optionTypes.join(", ")} } from "./options.js";\n`;
  for (const [group, methods] of [...operations].sort(byKey)) {
    out += `import { ${[...methods].sort().join(", ")} } from "./${group}/operations.js";\n`;
  }
  out += `\n${doc("The names of the operations that return a poller.", "")}`;
  out += `export type ${names.base}LongRunningOperationName = ${lros.map((l) => JSON.stringify(l.name)).join(" | ")};\n\n`;
  for (const lro of lros) out += emitOptionsType(lro) + emitBegin(lro, names);
  return out;
}

function byBareName(a: string, b: string): number {
  return compareCodeUnits(a.replace(/^type /, ""), b.replace(/^type /, ""));
}

function checkHelper(config: LongRunningConfig): string {
  return config["until-deleted"] ? "untilDeleted" : config.until ? "untilIn" : "whileIn";
}

function emitOptionsType(lro: LongRunningPlan): string {
  return (
    doc(`Options of \`begin${upperFirst(lro.name)}\`: those of \`${lro.name}\` plus the poller's.`, "") +
    `export interface ${lro.optionsType} extends ${lro.start.optionsType}, BatchPollerOptions {}\n\n`
  );
}

function emitBegin(lro: LongRunningPlan, names: ApiNames): string {
  const { config } = lro;
  const ids = lro.start.pathParams.map((p) => p.name).join(", ");
  const when = config["wait-for-transition-when"];
  const waitFor = when
    ? Object.entries(when)
        .map(([property, value]) => `${lro.start.bodyArg}?.${property} === ${JSON.stringify(value)}`)
        .join(" && ")
    : undefined;
  const pollIds = lro.poll.pathParams.map((p) => p.name);
  const deleted = config["until-deleted"];
  const pollOptions = deleted ? `{ select: ["id", "state"], abortSignal }` : "{ abortSignal }";
  const read = `() => ${lro.poll.op.methodName}(${["context", ...pollIds, pollOptions].join(", ")})`;
  let check: string;
  if (deleted) check = `untilDeleted(${read}, ${JSON.stringify(deleted)})`;
  else {
    const [[property, values]] = Object.entries(config.until ?? config.while!);
    check = `${checkHelper(config)}(${read}, ${JSON.stringify(property)}, ${JSON.stringify(values)})`;
  }
  const args = [`context: ${names.context}`, ...lro.args, `options: ${lro.optionsType} = {}`];
  const startCall = ["context", ...lro.argNames, "requestOptions(options)"].join(", ");
  let out = longRunningDoc(lro, true);
  out += `export function begin${upperFirst(lro.name)}(${args.join(", ")}): BatchPoller<${lro.resultType}> {\n`;
  out += `return createBatchPoller<${lro.resultType}>(\n{\n`;
  out += `state: initialState(${JSON.stringify(lro.name)}, { ${ids} }${waitFor ? `, ${waitFor}` : ""}),\n`;
  out += `start: () => ${lro.name}(${startCall}),\n`;
  out += `check: (_state, abortSignal) => ${check},\n},\npollerOptions(options),\n);\n}\n\n`;
  return out;
}
