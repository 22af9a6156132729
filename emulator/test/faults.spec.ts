import { expect } from "chai";
import { FaultInjector, parseFaultSpec, type FaultSpec } from "../src/faults.js";
import type { RunningEmulator } from "../src/index.js";
import { FAULTS_PATH } from "../src/server.js";
import { start, TestClient } from "./helpers.js";

const VM = {
  imageReference: { publisher: "canonical", offer: "ubuntu-24_04-lts", sku: "server" },
  nodeAgentSKUId: "batch.node.ubuntu 24.04",
};

describe("emulator: fault injection", () => {
  describe("FaultInjector", () => {
    const spec: FaultSpec = {
      seed: 42,
      rules: [
        {
          fractions: { serverBusy: 0.1, tooManyRequests: 0.05, dropBefore: 0.05, dropAfter: 0.05 },
          latency: { distribution: "uniform", minMs: 0, maxMs: 10 },
        },
      ],
    };
    const run = (s: FaultSpec, n: number) => {
      const f = new FaultInjector(s);
      return Array.from({ length: n }, () => f.decide("GET /pools"));
    };

    it("is reproducible: the same seed gives the same faults and delays, another seed others", () => {
      const a = run(spec, 500);
      expect(run(spec, 500)).to.deep.equal(a);
      expect(run({ ...spec, seed: 43 }, 500)).to.not.deep.equal(a);
    });

    it("injects each kind at about its fraction", () => {
      const decisions = run(spec, 20_000);
      const share = (k: string) => decisions.filter((d) => d.kind === k).length / decisions.length;
      expect(share("serverBusy")).to.be.closeTo(0.1, 0.01);
      expect(share("tooManyRequests")).to.be.closeTo(0.05, 0.01);
      expect(share("dropBefore")).to.be.closeTo(0.05, 0.01);
      expect(share("dropAfter")).to.be.closeTo(0.05, 0.01);
      expect(decisions.filter((d) => d.kind === undefined).length / decisions.length).to.be.closeTo(0.75, 0.015);
      expect(decisions.every((d) => d.delayMs >= 0 && d.delayMs <= 10)).to.equal(true);
    });

    it("applies bursts: every N-th request starts a run of consecutive faults", () => {
      const decisions = run(
        { rules: [{ bursts: [{ kind: "tooManyRequestsNoRetryAfter", every: 10, length: 3 }] }] },
        30,
      );
      expect(decisions.map((d) => (d.kind ? "x" : "."))).to.deep.equal("xxx.......xxx.......xxx.......".split(""));
    });

    it("matches rules per operation, first match wins", () => {
      const f = new FaultInjector({
        rules: [
          { operation: "POST /pools", fractions: { serverBusy: 1 } },
          { operation: "*", fractions: { operationTimedOut: 1 } },
        ],
      });
      expect(f.decide("POST /pools").kind).to.equal("serverBusy");
      expect(f.decide("GET /pools").kind).to.equal("operationTimedOut");
      const only = new FaultInjector({ rules: [{ operation: "POST /pools", fractions: { serverBusy: 1 } }] });
      expect(only.decide("GET /pools").kind).to.equal(undefined);
    });

    it("draws exponential latency capped at maxMs", () => {
      const decisions = run({ rules: [{ latency: { distribution: "exponential", meanMs: 20, maxMs: 100 } }] }, 5000);
      const mean = decisions.reduce((s, d) => s + d.delayMs, 0) / decisions.length;
      expect(mean).to.be.closeTo(20, 3);
      expect(Math.max(...decisions.map((d) => d.delayMs))).to.be.at.most(100);
    });

    it("refuses malformed specifications", () => {
      for (const bad of [
        null,
        {},
        { rules: {} },
        { rules: [{ fractions: { serverBusy: 2 } }] },
        { rules: [{ fractions: { serverBusy: 0.6, dropAfter: 0.6 } }] },
        { rules: [{ fractions: { teapot: 0.1 } }] },
        { rules: [{ operation: "pools" }] },
        { rules: [{ bursts: [{ kind: "serverBusy", every: 0, length: 1 }] }] },
        { rules: [{ latency: { distribution: "normal" } }] },
        { rules: [{ extra: 1 }] },
        { seed: 1.5, rules: [] },
      ]) {
        expect(() => parseFaultSpec(bad), JSON.stringify(bad)).to.throw(/Invalid fault specification/);
      }
    });
  });

  describe("on the wire", () => {
    let emu: RunningEmulator;
    let client: TestClient;
    const slept: number[] = [];
    before(async () => {
      ({ emu, client } = await start({
        faults: { rules: [{ operation: "GET /supportedimages", latency: { distribution: "fixed", ms: 1234 } }] },
        sleep: async (ms) => {
          slept.push(ms);
        },
      }));
    });
    after(() => emu.close());
    afterEach(async () => {
      expect((await client.del(FAULTS_PATH)).status).to.equal(204);
    });

    const setFaults = async (spec: FaultSpec) => {
      const r = await client.request("PUT", FAULTS_PATH, { body: spec });
      expect(r.status, r.text).to.equal(200);
    };

    it("routes injected latency through the injectable sleep (startEmulator option)", async () => {
      expect((await client.get("/supportedimages")).status).to.equal(200);
      expect(slept).to.deep.equal([1234]);
    });

    it("answers 503 ServerBusy, 429 TooManyRequests with and without Retry-After, and 500 OperationTimedOut", async () => {
      const cases = [
        { kind: "serverBusy", status: 503, code: "ServerBusy", retryAfter: null },
        { kind: "tooManyRequests", status: 429, code: "TooManyRequests", retryAfter: "7" },
        { kind: "tooManyRequestsNoRetryAfter", status: 429, code: "TooManyRequests", retryAfter: null },
        { kind: "operationTimedOut", status: 500, code: "OperationTimedOut", retryAfter: null },
      ] as const;
      for (const c of cases) {
        await setFaults({ rules: [{ operation: "POST /pools", fractions: { [c.kind]: 1 }, retryAfterSeconds: 7 }] });
        const r = await client.post("/pools", { id: `f-${c.kind}`, vmSize: "x", virtualMachineConfiguration: VM });
        expect(r.status, c.kind).to.equal(c.status);
        expect(r.json.code).to.equal(c.code);
        expect(r.json.message.value).to.match(/RequestId:/);
        expect(r.headers.get("retry-after")).to.equal(c.retryAfter);
        expect((await client.get(`/pools/f-${c.kind}`)).status, "the work was not done").to.equal(404);
      }
    });

    it("drops the connection before the work is done (nothing created) or after it (created, no answer)", async () => {
      await setFaults({ rules: [{ operation: "POST /pools", fractions: { dropBefore: 1 } }] });
      let error: unknown;
      await client
        .post("/pools", { id: "dropped-before", vmSize: "x", virtualMachineConfiguration: VM })
        .catch((e) => (error = e));
      expect(error).to.be.instanceOf(Error);
      await setFaults({ rules: [{ operation: "POST /pools", fractions: { dropAfter: 1 } }] });
      error = undefined;
      await client
        .post("/pools", { id: "dropped-after", vmSize: "x", virtualMachineConfiguration: VM })
        .catch((e) => (error = e));
      expect(error).to.be.instanceOf(Error);
      expect((await client.get("/pools/dropped-before")).status).to.equal(404);
      expect((await client.get("/pools/dropped-after")).status).to.equal(200);
    });

    it("reports the specification and counters, and only to signed requests", async () => {
      await setFaults({
        seed: 7,
        rules: [{ operation: "GET /pools", bursts: [{ kind: "serverBusy", every: 4, length: 2 }] }],
      });
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await client.get("/pools")).status);
      expect(statuses).to.deep.equal([503, 503, 200, 200, 503, 503, 200, 200]);
      const status = await client.get(FAULTS_PATH);
      expect(status.status).to.equal(200);
      expect(status.json.spec.seed).to.equal(7);
      expect(status.json.counters.matched).to.equal(8);
      expect(status.json.counters.injected.serverBusy).to.equal(4);
      expect((await client.get(FAULTS_PATH, { unsigned: true })).status).to.equal(403);
      expect((await client.request("PUT", FAULTS_PATH, { body: { rules: [] }, unsigned: true })).status).to.equal(403);
      const bad = await client.request("PUT", FAULTS_PATH, { body: { rules: [{ fractions: { serverBusy: 3 } }] } });
      expect(bad.status).to.equal(400);
      expect(bad.json.code).to.equal("InvalidRequestBody");
    });
  });
});
