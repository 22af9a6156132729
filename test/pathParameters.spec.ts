/// <reference types="mocha" />
// Every value placed in a URL path can only address the resource it names. Driven from the spec's
// path templates: every operation, every path parameter, every refused form, through BatchClient
// (the generated operations) and through the rest-level client; createTasks builds its URL by
// hand and is checked too. A request that reached nock would be recorded: none may.

import { assert } from "chai";
import { InvalidPathParameterError } from "../src/index.js";
import { checkPathParameter } from "../generated/rest/pathParameters.js";
import { createTestClient, interceptAll, useNock } from "./utils/exampleDriver.js";
import { methodName, specOperations } from "./utils/spec.js";

/** Values that could address another resource than the one named. */
const REFUSED = [
  "",
  ".",
  "..",
  "%2e",
  "%2E%2e",
  ".%2e",
  "a/../b",
  "a/./b",
  "..\\b",
  "a//b",
  // Dot segments behind an encoded separator (what a server decoding twice sees as `x/../..`).
  "x%2f%2e%2e%2f%2e%2e",
  "x%5C..",
  "a%2F.",
  "x\ny",
  "tab\there",
  "\u0000",
  "\ud800",
];
/** Unusual values that name exactly one resource and must be sent. */
const ACCEPTED = ["...", "a.b", "..a", "a..", "%", "a+b", "a b", "é", "a%2fb"];

async function callOperation(operationId: string, pathValues: string[]): Promise<void> {
  const client = createTestClient() as unknown as Record<string, (...args: unknown[]) => unknown>;
  const op = specOperations().get(operationId)!;
  const args: unknown[] = [...pathValues];
  if (op.parameters.some((p) => p.in === "body")) args.push({});
  const result = client[methodName(operationId)]!.apply(client, [...args, {}]) as
    Promise<unknown> | AsyncIterableIterator<unknown>;
  if (Symbol.asyncIterator in Object(result)) await (result as AsyncIterableIterator<unknown>).next();
  else await result;
}

describe("path parameters: only the named resource can be addressed", () => {
  useNock();
  const operations = [...specOperations().values()];

  it("the spec has 71 operations, and BatchClient has a method for each", () => {
    assert.lengthOf(operations, 71);
    const client = createTestClient() as unknown as Record<string, unknown>;
    for (const op of operations) assert.isFunction(client[methodName(op.operationId)], op.operationId);
  });

  for (const op of operations) {
    const names = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    if (names.length === 0) continue;
    it(`${op.operationId} (${op.method} ${op.path}) refuses ${REFUSED.length} forms in each of ${names.join(", ")}`, async () => {
      const requests = interceptAll([{ status: 500 }]);
      for (let i = 0; i < names.length; i++) {
        for (const bad of REFUSED) {
          const values = names.map((_, j) => (j === i ? bad : `ok-${j}`));
          let caught: unknown;
          try {
            await callOperation(op.operationId, values);
          } catch (e) {
            caught = e;
          }
          assert.instanceOf(caught, InvalidPathParameterError, `${names[i]}=${JSON.stringify(bad)}`);
          assert.strictEqual((caught as InvalidPathParameterError).parameterName, names[i]);
          assert.strictEqual((caught as InvalidPathParameterError).code, "InvalidPathParameter");
          assert.include((caught as Error).message, `'${names[i]}'`);
        }
      }
      assert.lengthOf(requests, 0, "nothing was sent");
    });
  }

  it("unusual values that name one resource are sent, percent-encoded", async () => {
    for (const value of ACCEPTED) {
      const requests = interceptAll([{ status: 200, body: { id: value } }]);
      await createTestClient().getPool(value);
      assert.lengthOf(requests, 1);
      assert.strictEqual(requests[0]!.path, `/pools/${encodeURIComponent(value)}`);
    }
  });

  it("a file path may have several segments, each checked", async () => {
    const requests = interceptAll([{ status: 200 }]);
    await createTestClient().deleteTaskFile("j", "t", "wd/sub/out.txt");
    assert.strictEqual(requests[0]!.path, "/jobs/j/tasks/t/files/wd%2Fsub%2Fout.txt");
    for (const bad of ["wd/../../x", "wd/.", "../x", "wd/%2e%2e/x"]) {
      await assertRefused(() => createTestClient().deleteTaskFile("j", "t", bad), "filePath");
    }
    assert.lengthOf(requests, 1);
  });

  it("the rest-level client checks too (client.path)", async () => {
    const requests = interceptAll([{ status: 200 }]);
    const rest = (
      createTestClient() as unknown as {
        context: { client: { path(t: string, ...v: string[]): { delete(): Promise<unknown> } } };
      }
    ).context.client;
    await assertRefused(async () => rest.path("/jobs/{jobId}/tasks/{taskId}", "victim-job", "..").delete(), "taskId");
    assert.lengthOf(requests, 0);
  });

  it("createTasks checks the job ID it puts in its URL", async () => {
    const requests = interceptAll([{ status: 200, body: { value: [] } }]);
    for (const bad of ["..", ".", "", "%2e%2e", "a/.."]) {
      await assertRefused(() => createTestClient().createTasks(bad, [{ id: "t", commandLine: "x" }]), "jobId");
    }
    assert.lengthOf(requests, 0);
  });

  it("checkPathParameter returns the value it accepts, numbers included", () => {
    assert.strictEqual(checkPathParameter("n", "abc"), "abc");
    assert.strictEqual(checkPathParameter("n", 5), 5);
    assert.throws(() => checkPathParameter("n", undefined), InvalidPathParameterError);
  });
});

async function assertRefused(fn: () => Promise<unknown>, parameterName: string): Promise<void> {
  try {
    await fn();
  } catch (e) {
    assert.instanceOf(e, InvalidPathParameterError);
    assert.strictEqual((e as InvalidPathParameterError).parameterName, parameterName);
    return;
  }
  assert.fail(`expected an InvalidPathParameterError for ${parameterName}`);
}
