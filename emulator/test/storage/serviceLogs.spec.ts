import { expect } from "chai";
import type { ContainerClient } from "@azure/storage-blob";
import { createServer, type Server } from "node:net";
import type { AddressInfo } from "node:net";
import type { ManualClock, RunningEmulator } from "../../src/index.js";
import { startAzurite, type RunningAzurite } from "../azurite.js";
import { start, type TestClient } from "../helpers.js";

/* eslint-disable @typescript-eslint/no-explicit-any */

async function blobs(c: ContainerClient): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for await (const b of c.listBlobsFlat())
    out.set(b.name, (await c.getBlobClient(b.name).downloadToBuffer()).toString());
  return out;
}

const HOUR = 3_600_000;

for (const persistence of ["memory", "sqlite"] as const) {
  describe(`emulator: uploadbatchservicelogs (against Azurite, ${persistence} store)`, function () {
    this.timeout(30_000);
    let azurite: RunningAzurite;
    let emu: RunningEmulator;
    let client: TestClient;
    let clock: ManualClock;
    let n = 0;
    before(async () => {
      azurite = await startAzurite();
      ({ emu, client, clock } = await start({ persistence }));
    });
    after(async () => {
      await emu?.close();
      await azurite?.close();
    });

    const upload = async (nodePath: string, body: Record<string, unknown>): Promise<any> => {
      const r = await client.post(`${nodePath}/uploadbatchservicelogs`, body);
      expect(r.status, r.text).to.equal(200);
      return r.json;
    };

    it("uploads the node's agent log files of the time range under virtualDirectoryName", async () => {
      await client.createPool("logs", 1, {
        startTask: { commandLine: "/bin/true", waitForSuccess: true },
      });
      const [node] = (await client.get("/pools/logs/nodes")).json.value;
      const nodePath = `/pools/logs/nodes/${node.id}`;
      await client.createJob("lj", "logs");
      await client.post("/jobs/lj/tasks", { id: "t1", commandLine: "/bin/true" });
      await client.waitTask("lj", "t1");
      const firstHour = new Date(clock.now().getTime());
      // Two hours later, a second task: its lines go to a later hourly file.
      await clock.advance(2 * HOUR);
      await client.post("/jobs/lj/tasks", { id: "t2", commandLine: "/bin/false" });
      await client.waitTask("lj", "t2");

      const all = await azurite.container(`svc${++n}`);
      const res = await upload(nodePath, {
        containerUrl: azurite.sasUrl(all, "racwl"),
        startTime: new Date(firstHour.getTime() - HOUR).toISOString(),
      });
      expect(res.virtualDirectoryName).to.match(new RegExp(`^logs/${node.id}/[0-9a-f-]{36}$`));
      expect(res.numberOfFilesUploaded).to.equal(2);
      const got = await blobs(all);
      expect([...got.keys()].every((k) => k.startsWith(`${res.virtualDirectoryName}/agent-`))).to.equal(true);
      const text = [...got.values()].join("");
      expect(text).to.match(/node state creating|node state starting/);
      expect(text).to.contain("start task started (retry 0)");
      expect(text).to.contain("start task exited with code 0");
      expect(text).to.contain("task lj/t1 started");
      expect(text).to.contain("task lj/t1 completed (success)");
      expect(text).to.contain("task lj/t2 completed (failure)");
      expect(text).to.not.contain("/bin/true");
      for (const line of text.trim().split("\n")) expect(Date.parse(line.split(" ")[0]!)).to.not.be.NaN;

      // Only the first hour's file: endTime before the second task.
      const early = await azurite.container(`svc${++n}`);
      const first = await upload(nodePath, {
        containerUrl: azurite.sasUrl(early, "racwl"),
        startTime: firstHour.toISOString(),
        endTime: new Date(firstHour.getTime() + 60_000).toISOString(),
      });
      expect(first.numberOfFilesUploaded).to.equal(1);
      const earlyText = [...(await blobs(early)).values()].join("");
      expect(earlyText).to.contain("task lj/t1 completed");
      expect(earlyText).to.not.contain("task lj/t2");

      // Nothing in the range: no files.
      const none = await upload(nodePath, {
        containerUrl: azurite.sasUrl(early, "racwl"),
        startTime: new Date(clock.now().getTime() + 5 * HOUR).toISOString(),
      });
      expect(none.numberOfFilesUploaded).to.equal(0);
    });

    it("a failed upload answers as the service (the count), uploads nothing and notes it in the agent log", async () => {
      await client.createPool("logs2", 1);
      const [node] = (await client.get("/pools/logs2/nodes")).json.value;
      const nodePath = `/pools/logs2/nodes/${node.id}`;
      const readOnly = await azurite.container(`svc${++n}`);
      const res = await upload(nodePath, {
        containerUrl: azurite.sasUrl(readOnly, "rl"),
        startTime: new Date(clock.now().getTime() - HOUR).toISOString(),
      });
      expect(res.numberOfFilesUploaded).to.equal(1);
      expect((await blobs(readOnly)).size).to.equal(0);
      const ok = await azurite.container(`svc${++n}`);
      await upload(nodePath, {
        containerUrl: azurite.sasUrl(ok, "racwl"),
        startTime: new Date(clock.now().getTime() - HOUR).toISOString(),
      });
      const text = [...(await blobs(ok)).values()].join("");
      expect(text).to.match(
        /Uploading the service logs to http:\/\/127\.0\.0\.1:\d+\/devstoreaccount1\/svc\d+ failed with HTTP 403\./,
      );
      expect(text).to.not.contain("sig=");
    });

    it("validates the body: startTime required and a date-time, containerUrl an http(s) URL", async () => {
      await client.createPool("logs3", 1);
      const [node] = (await client.get("/pools/logs3/nodes")).json.value;
      const path = `/pools/logs3/nodes/${node.id}/uploadbatchservicelogs`;
      const bad = async (body: unknown, prop: string): Promise<void> => {
        const r = await client.post(path, body);
        expect(r.status, JSON.stringify(body)).to.equal(400);
        expect(JSON.stringify(r.json)).to.contain(prop);
      };
      await bad({ containerUrl: "http://127.0.0.1:1/c?sig=x" }, "startTime");
      await bad({ containerUrl: "http://127.0.0.1:1/c?sig=x", startTime: "yesterday" }, "startTime");
      await bad({ containerUrl: "ftp://x/c", startTime: "2026-01-01T00:00:00Z" }, "containerUrl");
      await bad({ startTime: "2026-01-01T00:00:00Z" }, "containerUrl");
    });
  });
}

describe("emulator: uploadbatchservicelogs to an unreachable container", () => {
  let server: Server;
  before(async () => {
    server = createServer((s) => s.destroy());
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  });
  after(() => new Promise<void>((ok) => server.close(() => ok())));

  it("still answers 200 with the count", async function () {
    this.timeout(30_000);
    const { emu, client } = await start();
    try {
      await client.createPool("lu", 1);
      const [node] = (await client.get("/pools/lu/nodes")).json.value;
      const port = (server.address() as AddressInfo).port;
      const r = await client.post(`/pools/lu/nodes/${node.id}/uploadbatchservicelogs`, {
        containerUrl: `http://127.0.0.1:${port}/c?sig=secret`,
        startTime: "2000-01-01T00:00:00Z",
      });
      expect(r.status).to.equal(200);
      expect(r.json.numberOfFilesUploaded).to.equal(1);
    } finally {
      await emu.close();
    }
  });
});
