// Every one of the spec's 71 operations, driven through the rest-level client (azbatch/rest)
// against the emulator; every response the client receives (also those of the polling in
// between) is checked against the spec's schema for that operation and status code with ajv
// (draft-04, the dialect of OpenAPI 2.0). Objects are closed: properties the spec does not
// define fail (except `odata.*` annotations), as do missing required properties.

import { assert } from "chai";
import AjvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import type { PipelinePolicy } from "@azure/core-rest-pipeline";
import { AzureNamedKeyCredential } from "@azure/core-auth";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createClient } from "../../src/rest.js";
import { createSharedKeyCredentialPolicy } from "../../src/index.js";
import { startEmulator, type RunningEmulator } from "../../emulator/src/index.js";
import { SPEC_PATH } from "../utils/spec.js";

const JSON_TYPE = "application/json; odata=minimalmetadata";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = Record<string, any>;

interface Operation {
  id: string;
  method: string;
  pattern: RegExp;
  responses: Record<string, { schema?: Json }>;
}

interface Seen {
  method: string;
  path: string;
  status: number;
  body: string | undefined;
}

/** The spec's definitions with every object closed (`additionalProperties: false`, `odata.*` allowed). */
function closedDefinitions(definitions: Record<string, Json>): Record<string, Json> {
  const close = (schema: Json): Json => {
    if (!schema || typeof schema !== "object") return schema;
    const out: Json = { ...schema };
    if (schema.properties)
      out.properties = Object.fromEntries(Object.entries<Json>(schema.properties).map(([k, v]) => [k, close(v)]));
    if (schema.items) out.items = close(schema.items);
    if (schema.allOf) out.allOf = schema.allOf.map(close);
    if (schema.additionalProperties && typeof schema.additionalProperties === "object")
      out.additionalProperties = close(schema.additionalProperties);
    if (schema.properties && schema.additionalProperties === undefined && !schema.allOf) {
      out.additionalProperties = false;
      out.patternProperties = { "^odata\\.": {} };
    }
    return out;
  };
  return Object.fromEntries(Object.entries(definitions).map(([k, v]) => [k, close(v)]));
}

function operations(spec: Json): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries<Json>(spec.paths)) {
    const pattern = new RegExp(`^${path.replace(/\{filePath\}/, ".+").replace(/\{[^}]+\}/g, "[^/]+")}$`);
    for (const [method, op] of Object.entries<Json>(methods)) {
      if (method === "parameters") continue;
      ops.push({ id: op.operationId, method: method.toUpperCase(), pattern, responses: op.responses });
    }
  }
  return ops;
}

describe("integration: response shapes of all 71 operations match the spec", function () {
  this.timeout(60_000);
  const spec = JSON.parse(readFileSync(SPEC_PATH, "utf8")) as Json;
  const ops = operations(spec);
  const ajv = new AjvDraft04.default({ strict: false, allErrors: true });
  ajvFormats.default(ajv);
  for (const f of ["int32", "int64", "float", "double", "duration", "password", "arm-id", "byte", "unixtime"])
    ajv.addFormat(f, true);
  ajv.addSchema({ id: "spec", definitions: closedDefinitions(spec.definitions) });

  let emulator: RunningEmulator;
  const seen: Seen[] = [];
  const capture: PipelinePolicy = {
    name: "captureResponses",
    async sendRequest(request, next) {
      const response = await next(request);
      const url = new URL(request.url);
      seen.push({
        method: request.method,
        path: decodeURIComponent(url.pathname),
        status: response.status,
        body: response.bodyAsText ?? undefined,
      });
      return response;
    },
  };

  before(async () => {
    // A registered application package (this test file's folder) so that GetApplication answers 200.
    const applications = [
      { id: "shapp", version: "1.0", path: fileURLToPath(new URL(".", import.meta.url)), isDefault: true },
    ];
    emulator = await startEmulator({
      port: 0,
      applications,
      timings: { nodeCreateMs: 20, nodeStartMs: 20, nodeRebootMs: 20, nodeRemoveMs: 20, deleteMs: 20, transitionMs: 5 },
    });
  });
  after(async () => {
    await emulator?.close();
  });

  it("the closed schemas reject unknown properties, missing required ones and wrong enum values", () => {
    const pool = ajv.compile({ $ref: "spec#/definitions/AutoScaleRun" });
    assert.isTrue(
      pool({ timestamp: "2026-01-01T00:00:00Z", results: "$TargetDedicatedNodes=1", "odata.metadata": "x" }),
    );
    assert.isFalse(pool({ timestamp: "2026-01-01T00:00:00Z", bogus: 1 }));
    assert.isFalse(pool({ results: "x" }));
    assert.isFalse(pool({ timestamp: "yesterday" }));
    const counts = ajv.compile({ $ref: "spec#/definitions/BatchTaskCounts" });
    assert.isFalse(counts({ active: 1, running: 0, completed: 0, succeeded: 0 }));
    const info = ajv.compile({ $ref: "spec#/definitions/BatchStartTaskInfo" });
    assert.isTrue(info({ state: "running", startTime: "2026-01-01T00:00:00Z", retryCount: 0 }));
    assert.isFalse(info({ state: "sleepy", startTime: "2026-01-01T00:00:00Z", retryCount: 0 }));
    assert.isFalse(info({ state: "running", startTime: "2026-01-01T00:00:00Z", retryCount: 0, extra: true }));
    assert.isFalse(
      info({ state: "running", startTime: "2026-01-01T00:00:00Z", retryCount: 0, failureInfo: { code: "X" } }),
    );
  });

  it("drives every operation and validates every response", async () => {
    const client = createClient(emulator.endpoint, undefined, {
      retryOptions: { maxRetries: 0 },
      allowInsecureConnection: true,
    });
    client.pipeline.addPolicy(
      createSharedKeyCredentialPolicy(new AzureNamedKeyCredential(emulator.accountName, emulator.accountKey)),
      { phase: "Sign" },
    );
    client.pipeline.addPolicy(capture);
    const p = client.path.bind(client) as (...args: string[]) => any;
    const post = (path: string, args: string[], body?: unknown) =>
      p(path, ...args).post(body === undefined ? {} : { body, contentType: JSON_TYPE });
    const status = async (r: Promise<any>, expected: string): Promise<any> => {
      const res = await r;
      assert.equal(res.status, expected, `${res.request?.method} ${res.request?.url}: ${JSON.stringify(res.body)}`);
      return res;
    };
    const until = async (check: () => Promise<boolean>, what: string): Promise<void> => {
      for (let i = 0; i < 400; i++) {
        if (await check()) return;
        await new Promise((r) => setTimeout(r, 25));
      }
      assert.fail(`timed out waiting for ${what}`);
    };
    const nodes = async (poolId: string): Promise<Json[]> =>
      (await status(p("/pools/{poolId}/nodes", poolId).get(), "200")).body.value;
    const nodeState = async (poolId: string, nodeId: string): Promise<string> =>
      (await status(p("/pools/{poolId}/nodes/{nodeId}", poolId, nodeId).get(), "200")).body.state;
    const image = {
      imageReference: {
        publisher: "canonical",
        offer: "0001-com-ubuntu-server-jammy",
        sku: "22_04-lts",
        version: "latest",
      },
      nodeAgentSKUId: "batch.node.ubuntu 22.04",
    };

    // Account and applications
    await status(p("/supportedimages").get(), "200");
    await status(p("/applications").get(), "200");
    await status(p("/applications/{applicationId}", "shapp").get(), "200");

    // Pools
    await status(
      post("/pools", [], {
        id: "shp",
        vmSize: "standard_d2s_v3",
        virtualMachineConfiguration: image,
        targetDedicatedNodes: 2,
        taskSlotsPerNode: 1,
        enableInterNodeCommunication: true,
        startTask: { commandLine: "/bin/true", waitForSuccess: true },
        metadata: [{ name: "a", value: "1" }],
      }),
      "201",
    );
    await until(async () => (await nodes("shp")).filter((n) => n.state === "idle").length === 2, "2 idle nodes");
    await status(p("/pools/{poolId}", "shp").head(), "200");
    await status(p("/pools/{poolId}", "shp").get(), "200");
    await status(p("/pools").get(), "200");
    await status(
      p("/pools/{poolId}", "shp").patch({ body: { metadata: [{ name: "b", value: "2" }] }, contentType: JSON_TYPE }),
      "200",
    );
    await status(
      post("/pools/{poolId}/updateproperties", ["shp"], {
        applicationPackageReferences: [{ applicationId: "shapp" }],
        metadata: [],
      }),
      "204",
    );
    await status(p("/nodecounts").get(), "200");

    // Nodes
    const [n1, n2] = (await nodes("shp")).map((n) => n.id as string);
    await status(p("/pools/{poolId}/nodes/{nodeId}", "shp", n1!).get(), "200");
    await status(p("/pools/{poolId}/nodes/{nodeId}/extensions", "shp", n1!).get(), "200");
    await p("/pools/{poolId}/nodes/{nodeId}/extensions/{extensionName}", "shp", n1!, "none").get();
    const nodeFiles = (
      await status(
        p("/pools/{poolId}/nodes/{nodeId}/files", "shp", n1!).get({ queryParameters: { recursive: true } }),
        "200",
      )
    ).body.value as Json[];
    const nodeFile = nodeFiles.find((f) => !f.isDirectory)!.name as string;
    await status(p("/pools/{poolId}/nodes/{nodeId}/files/{filePath}", "shp", n1!, nodeFile).get(), "200");
    await status(p("/pools/{poolId}/nodes/{nodeId}/files/{filePath}", "shp", n1!, nodeFile).head(), "200");
    await status(p("/pools/{poolId}/nodes/{nodeId}/files/{filePath}", "shp", n1!, nodeFile).delete(), "200");
    await status(
      post("/pools/{poolId}/nodes/{nodeId}/users", ["shp", n1!], {
        name: "alice",
        password: "Pa55word!",
        isAdmin: false,
      }),
      "201",
    );
    await status(
      p("/pools/{poolId}/nodes/{nodeId}/users/{userName}", "shp", n1!, "alice").put({
        body: { password: "N3wPa55!" },
        contentType: JSON_TYPE,
      }),
      "200",
    );
    await status(p("/pools/{poolId}/nodes/{nodeId}/users/{userName}", "shp", n1!, "alice").delete(), "200");
    await status(p("/pools/{poolId}/nodes/{nodeId}/remoteloginsettings", "shp", n1!).get(), "200");
    await status(
      post("/pools/{poolId}/nodes/{nodeId}/uploadbatchservicelogs", ["shp", n1!], {
        containerUrl: "https://account.blob.core.windows.net/logs?sv=x",
        // A range after the node's agent log: nothing to upload (the emulator uploads real files, offline here).
        startTime: new Date(Date.now() + 24 * 3_600_000).toISOString(),
      }),
      "200",
    );
    await status(
      post("/pools/{poolId}/nodes/{nodeId}/disablescheduling", ["shp", n2!], {
        nodeDisableSchedulingOption: "requeue",
      }),
      "200",
    );
    await status(post("/pools/{poolId}/nodes/{nodeId}/enablescheduling", ["shp", n2!]), "200");
    await status(post("/pools/{poolId}/nodes/{nodeId}/reboot", ["shp", n2!], { nodeRebootOption: "requeue" }), "202");
    await until(async () => (await nodeState("shp", n2!)) === "idle", "rebooted node");
    await status(post("/pools/{poolId}/nodes/{nodeId}/reimage", ["shp", n2!], { nodeReimageOption: "requeue" }), "202");
    await until(async () => (await nodeState("shp", n2!)) === "idle", "reimaged node");
    await status(
      post("/pools/{poolId}/nodes/{nodeId}/deallocate", ["shp", n2!], { nodeDeallocateOption: "requeue" }),
      "202",
    );
    await until(async () => (await nodeState("shp", n2!)) === "deallocated", "deallocated node");
    await status(post("/pools/{poolId}/nodes/{nodeId}/start", ["shp", n2!]), "202");
    await until(async () => (await nodeState("shp", n2!)) === "idle", "started node");

    // Jobs and tasks
    await status(
      post("/jobs", [], {
        id: "shj",
        poolInfo: { poolId: "shp" },
        jobPreparationTask: { commandLine: "/bin/true" },
        jobReleaseTask: { commandLine: "/bin/true" },
        usesTaskDependencies: true,
      }),
      "201",
    );
    await status(p("/jobs/{jobId}", "shj").get(), "200");
    await status(p("/jobs").get(), "200");
    await status(p("/jobs/{jobId}", "shj").patch({ body: { priority: 10 }, contentType: JSON_TYPE }), "200");
    await status(
      p("/jobs/{jobId}", "shj").put({
        body: { poolInfo: { poolId: "shp" }, priority: 5, onAllTasksComplete: "noaction" },
        contentType: JSON_TYPE,
      }),
      "200",
    );
    await status(
      post("/jobs/{jobId}/tasks", ["shj"], {
        id: "t1",
        commandLine: '/bin/sh -c "echo hello; echo oops >&2"',
        environmentSettings: [{ name: "X", value: "1" }],
      }),
      "201",
    );
    await status(
      post("/jobs/{jobId}/addtaskcollection", ["shj"], {
        value: [
          { id: "t2", commandLine: "/bin/true", dependsOn: { taskIds: ["t1"] } },
          {
            id: "t3",
            commandLine: '/bin/sh -c "exit 3"',
            exitConditions: { exitCodes: [{ code: 3, exitOptions: { dependencyAction: "satisfy" } }] },
          },
        ],
      }),
      "200",
    );
    const files = {
      resourceFiles: [{ httpUrl: `${emulator.endpoint}/no-such-blob`, filePath: "in.txt", fileMode: "0644" }],
      outputFiles: [
        {
          filePattern: "*.txt",
          destination: {
            container: {
              containerUrl: `${emulator.endpoint}/no-container?sv=x`,
              path: "out",
              uploadHeaders: [{ name: "Content-Type", value: "text/plain" }],
            },
          },
          uploadOptions: { uploadCondition: "taskcompletion" },
        },
      ],
    };
    await status(post("/jobs/{jobId}/tasks", ["shj"], { id: "t4", commandLine: "/bin/true", ...files }), "201");
    await status(
      post("/jobs/{jobId}/tasks", ["shj"], {
        id: "t5",
        commandLine: '/bin/sh -c "echo x > r.txt"',
        outputFiles: files.outputFiles,
      }),
      "201",
    );
    await status(
      post("/jobs/{jobId}/tasks", ["shj"], {
        id: "mi",
        commandLine: "/bin/true",
        multiInstanceSettings: { numberOfInstances: 2, coordinationCommandLine: "/bin/true" },
      }),
      "201",
    );
    const taskState = async (id: string): Promise<string> =>
      (await status(p("/jobs/{jobId}/tasks/{taskId}", "shj", id).get(), "200")).body.state;
    for (const t of ["t1", "t2", "t3", "t4", "t5", "mi"])
      await until(async () => (await taskState(t)) === "completed", `task ${t}`);
    const t4 = (await status(p("/jobs/{jobId}/tasks/{taskId}", "shj", "t4").get(), "200")).body;
    assert.oneOf(t4.executionInfo.failureInfo.code, ["BlobAccessDenied", "BlobNotFound"]);
    assert.equal(
      (await status(p("/jobs/{jobId}/tasks/{taskId}", "shj", "t5").get(), "200")).body.executionInfo.failureInfo.code,
      "FileUploadMiscError",
    );
    await status(p("/jobs/{jobId}/taskcounts", "shj").get(), "200");
    await status(p("/jobs/{jobId}/tasks", "shj").get(), "200");
    await status(p("/jobs/{jobId}/tasks", "shj").get({ queryParameters: { $expand: "stats" } }), "200");
    await status(p("/jobs/{jobId}", "shj").get({ queryParameters: { $expand: "stats" } }), "200");
    await status(p("/jobs").get({ queryParameters: { $expand: "stats" } }), "200");
    await status(p("/pools/{poolId}", "shp").get({ queryParameters: { $expand: "stats" } }), "200");
    await status(p("/pools").get({ queryParameters: { $expand: "stats" } }), "200");
    await status(
      p("/jobs/{jobId}/tasks/{taskId}/files", "shj", "t1").get({ queryParameters: { recursive: true } }),
      "200",
    );
    await status(p("/jobs/{jobId}/tasks/{taskId}/files/{filePath}", "shj", "t1", "stdout.txt").get(), "200");
    await status(p("/jobs/{jobId}/tasks/{taskId}/files/{filePath}", "shj", "t1", "stdout.txt").head(), "200");
    await status(p("/jobs/{jobId}/tasks/{taskId}/files/{filePath}", "shj", "t1", "stderr.txt").delete(), "200");
    await status(p("/jobs/{jobId}/tasks/{taskId}/subtasksinfo", "shj", "t1").get(), "200");
    const subtasks = await status(p("/jobs/{jobId}/tasks/{taskId}/subtasksinfo", "shj", "mi").get(), "200");
    assert.deepEqual(
      subtasks.body.value.map((s: Json) => [s.id, s.state, s.result]),
      [[1, "completed", "success"]],
    );
    await status(post("/jobs/{jobId}/tasks", ["shj"], { id: "long", commandLine: '/bin/sh -c "sleep 30"' }), "201");
    await until(async () => (await taskState("long")) === "running", "task long running");
    await status(
      p("/jobs/{jobId}/tasks/{taskId}", "shj", "long").put({
        body: { constraints: { maxTaskRetryCount: 1 } },
        contentType: JSON_TYPE,
      }),
      "200",
    );
    await status(post("/jobs/{jobId}/tasks/{taskId}/terminate", ["shj", "long"]), "204");
    await until(async () => (await taskState("long")) === "completed", "task long terminated");
    await status(post("/jobs/{jobId}/tasks/{taskId}/reactivate", ["shj", "long"]), "204");
    await status(p("/jobs/{jobId}/tasks/{taskId}", "shj", "long").delete(), "200");
    // The job's tasks ran, so its preparation task ran on their nodes: the list is not empty.
    const prepStatus = await status(p("/jobs/{jobId}/jobpreparationandreleasetaskstatus", "shj").get(), "200");
    assert.isAbove(prepStatus.body.value.length, 0, "job preparation status entries");
    await status(post("/jobs/{jobId}/disable", ["shj"], { disableTasks: "requeue" }), "202");
    await until(
      async () => (await status(p("/jobs/{jobId}", "shj").get(), "200")).body.state === "disabled",
      "job disabled",
    );
    await status(post("/jobs/{jobId}/enable", ["shj"]), "202");
    await until(
      async () => (await status(p("/jobs/{jobId}", "shj").get(), "200")).body.state === "active",
      "job enabled",
    );
    await status(post("/jobs/{jobId}/terminate", ["shj"], { terminateReason: "done" }), "202");
    await until(
      async () => (await status(p("/jobs/{jobId}", "shj").get(), "200")).body.state === "completed",
      "job completed",
    );
    await status(p("/jobs/{jobId}", "shj").delete(), "202");

    // Job schedules
    const jobSpecification = { poolInfo: { poolId: "shp" }, jobManagerTask: { id: "jm", commandLine: "/bin/true" } };
    await status(
      post("/jobschedules", [], { id: "shs", schedule: { recurrenceInterval: "PT1H" }, jobSpecification }),
      "201",
    );
    await status(p("/jobschedules/{jobScheduleId}", "shs").head(), "200");
    await status(p("/jobschedules/{jobScheduleId}", "shs").get(), "200");
    await status(p("/jobschedules").get(), "200");
    await status(
      p("/jobschedules/{jobScheduleId}", "shs").patch({
        body: { metadata: [{ name: "m", value: "v" }] },
        contentType: JSON_TYPE,
      }),
      "200",
    );
    await status(
      p("/jobschedules/{jobScheduleId}", "shs").put({
        body: { schedule: { recurrenceInterval: "PT2H" }, jobSpecification },
        contentType: JSON_TYPE,
      }),
      "200",
    );
    await status(post("/jobschedules/{jobScheduleId}/disable", ["shs"]), "204");
    await status(post("/jobschedules/{jobScheduleId}/enable", ["shs"]), "204");
    await status(p("/jobschedules/{jobScheduleId}/jobs", "shs").get(), "200");
    await status(post("/jobschedules/{jobScheduleId}/terminate", ["shs"]), "202");
    await status(p("/jobschedules/{jobScheduleId}", "shs").delete(), "202");

    // Autoscale, resize, remove nodes, delete
    await status(
      post("/pools", [], {
        id: "sha",
        vmSize: "standard_d2s_v3",
        virtualMachineConfiguration: image,
        targetDedicatedNodes: 0,
      }),
      "201",
    );
    await status(
      post("/pools/{poolId}/enableautoscale", ["sha"], {
        autoScaleFormula: "$TargetDedicatedNodes = 0",
        autoScaleEvaluationInterval: "PT5M",
      }),
      "200",
    );
    await status(
      post("/pools/{poolId}/evaluateautoscale", ["sha"], {
        autoScaleFormula: "$TargetDedicatedNodes = min(1, $PendingTasks); t = time()",
      }),
      "200",
    );
    const failed = await status(
      post("/pools/{poolId}/evaluateautoscale", ["sha"], {
        autoScaleFormula: "x = $PendingTasks.GetSample(TimeInterval_Minute * 10, 70)",
      }),
      "200",
    );
    assert.equal(failed.body.error.code, "InsufficientSampleData");
    await status(p("/pools/{poolId}", "sha").get(), "200");
    await status(post("/pools/{poolId}/disableautoscale", ["sha"]), "200");
    await status(post("/pools/{poolId}/resize", ["sha"], { targetDedicatedNodes: 1 }), "202");
    await status(post("/pools/{poolId}/stopresize", ["sha"]), "202");
    await until(
      async () => (await status(p("/pools/{poolId}", "shp").get(), "200")).body.allocationState === "steady",
      "pool steady",
    );
    await status(post("/pools/{poolId}/removenodes", ["shp"], { nodeList: [n1] }), "202");
    await status(p("/pools/{poolId}", "sha").delete(), "202");
    await status(p("/pools/{poolId}", "shp").delete(), "202");
    await until(async () => (await p("/pools/{poolId}", "shp").head()).status === "404", "pool deleted");

    // Check every response.
    const problems: string[] = [];
    const exercised = new Set<string>();
    const validated = new Set<string>();
    for (const s of seen) {
      const op = ops.find((o) => o.method === s.method && o.pattern.test(s.path));
      if (!op) {
        problems.push(`${s.method} ${s.path}: no operation in the spec`);
        continue;
      }
      exercised.add(op.id);
      const response = op.responses[String(s.status)] ?? op.responses.default;
      if (!response) {
        problems.push(`${op.id} ${s.status}: status not in the spec`);
        continue;
      }
      const schema = response.schema;
      const text = s.body ?? "";
      if (!schema) {
        if (text.trim() !== "" && s.method !== "HEAD")
          problems.push(`${op.id} ${s.status}: the spec has no body, got ${text.slice(0, 200)}`);
        continue;
      }
      if (schema.type === "file") continue;
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        problems.push(`${op.id} ${s.status}: body is not JSON: ${text.slice(0, 200)}`);
        continue;
      }
      validated.add(op.id);
      const validate = ajv.compile({ $ref: `spec${schema.$ref as string}` });
      if (!validate(body)) {
        for (const e of validate.errors ?? [])
          problems.push(
            `${op.id} ${s.status}: ${e.instancePath || "/"} ${e.message}${e.params && "additionalProperty" in e.params ? ` '${(e.params as Json).additionalProperty}'` : ""}`,
          );
      }
    }
    const missing = ops.map((o) => o.id).filter((id) => !exercised.has(id));
    assert.deepEqual(missing, [], "operations not exercised");
    assert.equal(exercised.size, 71);
    // The 26 operations whose spec response has a JSON body each had bodies validated (GetNodeExtension as BatchError: the emulator has no extensions).
    assert.equal(validated.size, 26);
    assert.deepEqual([...new Set(problems)], [], "responses that do not match the spec");
  });
});
