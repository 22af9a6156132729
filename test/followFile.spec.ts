/// <reference types="mocha" />
// Tests for followTaskFile / followNodeFile: ranged reads from the last offset across several
// growing reads, ending once the task is completed and the file is read to its end; fromOffset;
// reads split by maxReadBytes; a file that does not exist yet; abort; node files with `until`.

import { assert } from "chai";
import nock from "nock";
import { AzureNamedKeyCredential } from "@azure/core-auth";
import { BatchClient, BatchError } from "../src/index.js";

const ENDPOINT = "https://acct.region.batch.azure.com";
const KEY = Buffer.from("followFile-test-key-not-a-secret").toString("base64");
const TASK = "/jobs/j/tasks/t";
const FILE = "/jobs/j/tasks/t/files/stdout.txt";

function client(): BatchClient {
  return new BatchClient(ENDPOINT, new AzureNamedKeyCredential("acct", KEY), { retryOptions: { maxRetries: 0 } });
}

/** A task whose stdout grows by one step each time its state is read. */
interface Script {
  /** Per round: the task state and the file's content (undefined: file not there yet). */
  rounds: Array<[state: string, content: string | undefined]>;
}

/** Serves the task, HEAD and ranged GETs of the file from `script`; records the ranges read. */
function serve(
  script: Script,
  filePath = FILE,
  statePath: string | null = TASK,
): { ranges: string[]; round: () => number } {
  let round = -1;
  const ranges: string[] = [];
  const current = () => script.rounds[Math.min(Math.max(round, 0), script.rounds.length - 1)]!;
  if (statePath) {
    nock(ENDPOINT)
      .persist()
      .get(statePath)
      .query(true)
      .reply(() => {
        round++;
        return [200, { id: "t", state: current()[0] }];
      });
  }
  nock(ENDPOINT)
    .persist()
    .head(filePath)
    .query(true)
    .reply(() => {
      if (!statePath) round++;
      const content = current()[1];
      if (content === undefined) return [404, ""];
      return [200, "", { "Content-Length": String(Buffer.byteLength(content)), "ocp-batch-file-isdirectory": "false" }];
    });
  nock(ENDPOINT)
    .persist()
    .get(filePath)
    .query(true)
    .reply(function () {
      const range = String(this.req.headers["ocp-range"]);
      ranges.push(range);
      const [, start, end] = /^bytes=(\d+)-(\d+)$/.exec(range)!;
      const content = Buffer.from(current()[1] ?? "");
      const slice = content.subarray(Number(start), Number(end) + 1);
      // As the service does: the range it sends, and the length.
      const last = Number(start) + slice.length - 1;
      return [
        200,
        slice,
        {
          "Content-Type": "application/octet-stream",
          "Content-Length": String(slice.length),
          "Content-Range": `bytes ${start}-${last}/${content.length}`,
        },
      ];
    });
  return { ranges, round: () => round };
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts).toString("utf8");
}

describe("followFile", () => {
  beforeEach(() => nock.disableNetConnect());
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it("followTaskFile reads a growing stdout.txt from the last offset until the task completes", async () => {
    const served = serve({
      rounds: [
        ["active", undefined],
        ["running", "hello"],
        ["running", "hello"],
        ["running", "hello world"],
        ["completed", "hello world\ndone\n"],
      ],
    });
    const text = await collect(client().followTaskFile("j", "t", "stdout.txt", { pollIntervalInMs: 1 }));
    assert.equal(text, "hello world\ndone\n");
    assert.deepEqual(served.ranges, ["bytes=0-4", "bytes=5-10", "bytes=11-16"]);
    assert.equal(served.round(), 4, "no read after the task completed and the file was read to its end");
  });

  it("reads what was written between the last read and completion", async () => {
    // The completed state is seen before the length is read, so the last bytes are not lost.
    const served = serve({
      rounds: [
        ["running", "a"],
        ["completed", "abc"],
      ],
    });
    assert.equal(await collect(client().followTaskFile("j", "t", "stdout.txt", { pollIntervalInMs: 1 })), "abc");
    assert.deepEqual(served.ranges, ["bytes=0-0", "bytes=1-2"]);
  });

  it("resumes from fromOffset", async () => {
    const served = serve({ rounds: [["completed", "0123456789"]] });
    const text = await collect(client().followTaskFile("j", "t", "stdout.txt", { fromOffset: 6, pollIntervalInMs: 1 }));
    assert.equal(text, "6789");
    assert.deepEqual(served.ranges, ["bytes=6-9"]);
  });

  it("splits reads by maxReadBytes", async () => {
    const served = serve({ rounds: [["completed", "abcdefghij"]] });
    const text = await collect(
      client().followTaskFile("j", "t", "stdout.txt", { maxReadBytes: 4, pollIntervalInMs: 1 }),
    );
    assert.equal(text, "abcdefghij");
    assert.deepEqual(served.ranges, ["bytes=0-3", "bytes=4-7", "bytes=8-9"]);
  });

  it("throws the service's 404 for a completed task whose file never existed (a wrong name), without reading", async () => {
    const served = serve({ rounds: [["completed", undefined]] });
    const error = await collect(client().followTaskFile("j", "t", "stdout.txt", { pollIntervalInMs: 1 })).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.instanceOf(error, BatchError);
    assert.equal((error as BatchError).statusCode, 404);
    assert.deepEqual(served.ranges, []);
  });

  it("waits for a file that appears while the task runs", async () => {
    serve({
      rounds: [
        ["running", undefined],
        ["running", undefined],
        ["completed", "late output"],
      ],
    });
    assert.equal(
      await collect(client().followTaskFile("j", "t", "stdout.txt", { pollIntervalInMs: 1 })),
      "late output",
    );
  });

  it("throws an AbortError when aborted", async () => {
    serve({ rounds: [["running", "x"]] });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 40);
    let caught: unknown;
    try {
      await collect(
        client().followTaskFile("j", "t", "stdout.txt", { pollIntervalInMs: 5, abortSignal: controller.signal }),
      );
    } catch (e) {
      caught = e;
    }
    assert.equal((caught as Error).name, "AbortError");
  });

  it("followNodeFile follows until `until` says the writer finished", async () => {
    const path = "/pools/p/nodes/n/files/startup%2Fstdout.txt";
    const served = serve(
      {
        rounds: [
          ["-", "boot"],
          ["-", "boot ok"],
          ["-", "boot ok!"],
        ],
      },
      path,
      null,
    );
    let calls = 0;
    const text = await collect(
      client().followNodeFile("p", "n", "startup/stdout.txt", { pollIntervalInMs: 1, until: () => ++calls >= 3 }),
    );
    assert.equal(text, "boot ok!");
    assert.deepEqual(served.ranges, ["bytes=0-3", "bytes=4-6", "bytes=7-7"]);
  });

  // (A Content-Length that is not a number is refused by Node's HTTP parser before the SDK sees it.)
  for (const [what, headers] of [["no Content-Length", { "Transfer-Encoding": "chunked" }]] as const) {
    it(`throws InvalidContentLength when the file's properties have ${what} (not an empty file)`, async () => {
      nock(ENDPOINT)
        .get(TASK)
        .query(true)
        .reply(200, { id: "t", state: "completed" })
        .head(FILE)
        .query(true)
        .reply(200, "", { ...headers, "ocp-batch-file-isdirectory": "false" });
      let caught: unknown;
      try {
        await collect(client().followTaskFile("j", "t", "stdout.txt"));
      } catch (e) {
        caught = e;
      }
      assert.instanceOf(caught, BatchError);
      assert.equal((caught as BatchError).code, "InvalidContentLength");
    });
  }
});
