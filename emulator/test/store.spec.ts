import { expect } from "chai";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { JobRecord, NodeRecord, PoolRecord, TaskRecord } from "../src/state/model.js";
import { MemoryStore } from "../src/store/memoryStore.js";
import { SqliteStore } from "../src/store/sqliteStore.js";
import type { Store } from "../src/store/store.js";

const T0 = new Date("2026-01-02T03:04:05.678Z");

function pool(id: string, seq: number): PoolRecord {
  return {
    kind: "pool",
    seq,
    etag: "0x8D1",
    lastModified: T0,
    creationTime: T0,
    id,
    props: { vmSize: "x", metadata: [{ name: "$date", value: "2020-01-01T00:00:00Z" }] },
    state: "active",
    stateTransitionTime: T0,
    allocationState: "steady",
    allocationStateTransitionTime: T0,
    targetDedicatedNodes: 1,
    targetLowPriorityNodes: 0,
    resizeTimeout: "PT15M",
    enableAutoScale: false,
    resizeErrors: [],
    taskSlotsPerNode: 2,
    nodes: new Map(),
    nodeCounter: 1,
    gone: false,
  };
}

function node(p: PoolRecord, id: string, seq: number): NodeRecord {
  return {
    kind: "node",
    seq,
    id,
    pool: p,
    isDedicated: true,
    state: "idle",
    stateTransitionTime: T0,
    schedulingState: "enabled",
    allocationTime: T0,
    lastBootTime: T0,
    ipAddress: "10.0.0.4",
    ipv6Address: "fd00::1",
    remoteLoginPort: 50001,
    totalTasksRun: 3,
    totalTasksSucceeded: 2,
    running: new Set(),
    usedSlots: 0,
    errors: [],
    users: new Map([["alice", { name: "alice" }]]),
    rootDir: "/x",
    recentTasks: [],
    gone: false,
    startTaskInfo: { state: "completed", startTime: T0, endTime: T0, exitCode: 0, retryCount: 0, result: "success" },
  };
}

function job(id: string, seq: number): JobRecord {
  return {
    kind: "job",
    seq,
    etag: "0x8D2",
    lastModified: T0,
    creationTime: T0,
    id,
    props: { poolInfo: { poolId: "P" } },
    state: "active",
    stateTransitionTime: T0,
    startTime: T0,
    poolId: "P",
    tasks: new Map(),
    counts: { active: 0, running: 0, completed: 0 },
    runningSlots: 0,
    gone: false,
  };
}

function task(j: JobRecord, id: string, seq: number, n?: NodeRecord): TaskRecord {
  return {
    kind: "task",
    seq,
    etag: "0x8D3",
    lastModified: T0,
    creationTime: T0,
    id,
    job: j,
    props: { commandLine: "true" },
    state: n ? "completed" : "active",
    stateTransitionTime: T0,
    exec: {
      retryCount: 0,
      requeueCount: 2,
      lastRequeueTime: T0,
      endTime: n ? T0 : undefined,
      exitCode: n ? 0 : undefined,
    },
    requiredSlots: 1,
    node: n,
    isJobManager: false,
    gone: false,
  };
}

/** The behaviour every store has. */
function contract(name: string, make: () => Promise<Store>): void {
  describe(name, () => {
    it("adds records to their maps, links nodes and tasks, and removes them (with what they hold)", async () => {
      const store = await make();
      const p = pool("P", 1);
      store.add(p);
      const n = node(p, "tvm-1", 2);
      store.add(n);
      const j = job("J", 3);
      store.add(j);
      const t = task(j, "T", 4);
      store.add(t);
      expect(store.pools.get("p")).to.equal(p);
      expect(p.nodes.get("tvm-1")).to.equal(n);
      expect(store.jobs.get("j")!.tasks.get("t")).to.equal(t);
      store.remove(t);
      expect(j.tasks.has("t")).to.equal(false);
      expect(t.gone).to.equal(true);
      store.remove(j);
      expect(store.jobs.has("j")).to.equal(false);
      store.commit();
      store.close();
    });
  });
}

describe("emulator: stores", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "azbatch-store-"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  contract("MemoryStore", async () => new MemoryStore());
  contract("SqliteStore", async () => new SqliteStore(dir));

  it("SqliteStore: committed records come back after reopening, with times, links and user values as they were; uncommitted ones do not", async () => {
    let store = new SqliteStore(dir);
    const p = pool("Pool-A", 1);
    store.add(p);
    const n = node(p, "tvm-1", 2);
    store.add(n);
    const j = job("Job-A", 3);
    store.add(j);
    store.add(task(j, "done", 4, n));
    store.add(task(j, "waiting", 5));
    const gone = job("Gone", 6);
    store.add(gone);
    store.commit();
    store.remove(gone);
    j.state = "disabled";
    store.changed(j);
    store.commit();
    store.add(job("Uncommitted", 7));
    // Simulates a crash: the last change is never committed (close would commit it).
    (store as unknown as { db: { close(): void } }).db.close();

    store = new SqliteStore(dir);
    try {
      expect([...store.jobs.keys()]).to.deep.equal(["job-a"]);
      expect(store.maxSeq).to.equal(5);
      const p2 = store.pools.get("pool-a")!;
      expect(p2.id).to.equal("Pool-A");
      expect(p2.creationTime).to.be.instanceOf(Date);
      expect(p2.creationTime.toISOString()).to.equal(T0.toISOString());
      expect(p2.props.metadata).to.deep.equal([{ name: "$date", value: "2020-01-01T00:00:00Z" }]);
      const n2 = p2.nodes.get("tvm-1")!;
      expect(n2.pool).to.equal(p2);
      expect(n2.users.get("alice")).to.deep.equal({ name: "alice" });
      expect(n2.startTaskInfo!.startTime.toISOString()).to.equal(T0.toISOString());
      expect(n2.running.size).to.equal(0);
      const j2 = store.jobs.get("job-a")!;
      expect(j2.state).to.equal("disabled");
      expect(j2.counts).to.deep.equal({ active: 1, running: 0, completed: 1 });
      const done = j2.tasks.get("done")!;
      expect(done.job).to.equal(j2);
      expect(done.node).to.equal(n2);
      expect(done.exec.endTime!.toISOString()).to.equal(T0.toISOString());
      expect(done.exec).to.deep.include({ exitCode: 0, requeueCount: 2 });
      expect(j2.tasks.get("waiting")!.node).to.equal(undefined);
    } finally {
      store.close();
    }
  });
});
