/// <reference types="mocha" />
// Tasks: every example of the spec on the wire, then typed spot checks (task files, collections).

import { Readable } from "node:stream";
import { assert } from "chai";
import type { BatchFileProperties, BatchTask } from "../src/index.js";
import {
  capture,
  describeExamples,
  exampleFile,
  readAll,
  REQUEST_ID,
  runExample,
  useNock,
} from "./utils/exampleDriver.js";

describeExamples("Tasks");

describe("Tasks: typed models and files", () => {
  useNock();

  it("getTask returns Dates and the execution info", async () => {
    const { result } = await runExample(exampleFile("Tasks_GetTask.json"), "200");
    const task = result as BatchTask;
    assert.instanceOf(task.creationTime, Date);
    assert.isString(task.commandLine);
  });

  it("downloadTaskFile returns a Readable with the file's content, and sends ocp-range", async () => {
    const { result, requests } = await capture(
      {
        status: 200,
        body: "hello",
        headers: { "Content-Type": "application/octet-stream", "Content-Range": "bytes 0-4/12" },
      },
      (client) => client.downloadTaskFile("job 1", "t1", "wd/out.txt", { ocpRange: "bytes=0-4" }),
    );
    assert.instanceOf(result, Readable);
    assert.strictEqual(await readAll(result), "hello");
    assert.strictEqual(requests[0]!.path, "/jobs/job%201/tasks/t1/files/wd%2Fout.txt");
    assert.strictEqual(requests[0]!.headers["ocp-range"], "bytes=0-4");
  });

  it("getTaskFileProperties returns typed BatchFileProperties from the headers", async () => {
    const { result } = await capture(
      {
        status: 200,
        headers: {
          "request-id": REQUEST_ID,
          "Content-Length": "17",
          "Last-Modified": "Fri, 17 Feb 2025 00:00:00 GMT",
          "ocp-creation-time": "Thu, 16 Feb 2025 00:00:00 GMT",
          "ocp-batch-file-isdirectory": "false",
          "ocp-batch-file-url": "https://account.region.batch.azure.com/jobs/j/tasks/t/files/stdout.txt",
          "ocp-batch-file-mode": "0644",
        },
      },
      (client) => client.getTaskFileProperties("j", "t", "stdout.txt"),
    );
    const expected: BatchFileProperties = {
      requestId: REQUEST_ID,
      contentLength: 17,
      lastModified: new Date("2025-02-17T00:00:00Z"),
      creationTime: new Date("2025-02-16T00:00:00Z"),
      isDirectory: false,
      url: "https://account.region.batch.azure.com/jobs/j/tasks/t/files/stdout.txt",
      fileMode: "0644",
    };
    assert.deepEqual(result, expected);
  });

  it("createTaskCollection sends values as value and returns typed per-task results", async () => {
    const { result, requests } = await capture(
      {
        status: 200,
        body: {
          value: [
            {
              status: "success",
              taskId: "t1",
              eTag: "0x1",
              lastModified: "2025-02-17T00:00:00Z",
              location: "https://x/jobs/j/tasks/t1",
            },
            {
              status: "clienterror",
              taskId: "t2",
              error: { code: "TaskExists", message: { lang: "en-US", value: "exists" } },
            },
          ],
        },
      },
      (client) =>
        client.createTaskCollection("j", {
          values: [
            { id: "t1", commandLine: "a" },
            { id: "t2", commandLine: "b" },
          ],
        }),
    );
    assert.deepEqual(requests[0]!.body, {
      value: [
        { id: "t1", commandLine: "a" },
        { id: "t2", commandLine: "b" },
      ],
    });
    assert.strictEqual(result.values?.[0]?.status, "success");
    assert.instanceOf(result.values?.[0]?.lastModified, Date);
    assert.strictEqual(result.values?.[1]?.error?.code, "TaskExists");
  });
});
