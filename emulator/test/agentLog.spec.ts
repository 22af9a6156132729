import { expect } from "chai";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  AGENT_LOG_FILE_MAX_BYTES,
  AGENT_LOG_HOURS_KEPT,
  agentLog,
  agentLogDir,
  closeAgentLogs,
} from "../src/engine/agentLog.js";
import { DataRoot } from "../src/fs/safeFs.js";
import type { Account } from "../src/state/account.js";
import type { NodeRecord } from "../src/state/model.js";

const HOUR = 3_600_000;

// The agent log is bounded however long the emulator runs and however many tasks a node runs:
// the newest AGENT_LOG_HOURS_KEPT hourly files, each at most AGENT_LOG_FILE_MAX_BYTES.
describe("emulator: agent log limits", () => {
  let dataDir: string;
  let outside: string;
  let account: Account;
  let now: number;
  const node = { id: "tvmps_limits" } as NodeRecord;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), "azbatch-agentlog-limits-"));
    outside = mkdtempSync(join(tmpdir(), "azbatch-agentlog-outside-"));
    now = Date.parse("2026-01-01T00:30:00.000Z");
    const files = new DataRoot(dataDir);
    // Only what the agent log reads of an account.
    account = { closed: false, dataDir, files, now: () => new Date(now) } as unknown as Account;
  });
  afterEach(async () => {
    await account.files.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  /** Writes the pending lines (closeAgentLogs waits for them) and lists the log's files. */
  async function flushed(): Promise<string[]> {
    await closeAgentLogs(account);
    return readdirSync(agentLogDir(account, node.id)).sort();
  }

  it(`keeps the newest ${AGENT_LOG_HOURS_KEPT} hourly files`, async () => {
    for (let hour = 0; hour < AGENT_LOG_HOURS_KEPT + 5; hour++) {
      agentLog(account, node, `event of hour ${hour}`);
      await flushed();
      now += HOUR;
    }
    const names = await flushed();
    expect(names).to.have.length(AGENT_LOG_HOURS_KEPT);
    expect(names[0]).to.equal("agent-2026-01-01T05.log");
    expect(names.at(-1)).to.equal("agent-2026-01-03T04.log");
    const dir = agentLogDir(account, node.id);
    expect(readFileSync(join(dir, names.at(-1)!), "utf8")).to.match(/Z event of hour 52\n$/);
  });

  it("removes an old name a task linked to a file outside without touching the file", async () => {
    const dir = agentLogDir(account, node.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(outside, "victim"), "untouched\n");
    symlinkSync(join(outside, "victim"), join(dir, "agent-2025-01-01T00.log"));
    for (let hour = 0; hour < AGENT_LOG_HOURS_KEPT; hour++) {
      agentLog(account, node, "event");
      await flushed();
      now += HOUR;
    }
    const names = await flushed();
    expect(names).to.not.include("agent-2025-01-01T00.log");
    expect(names).to.have.length(AGENT_LOG_HOURS_KEPT);
    expect(readFileSync(join(outside, "victim"), "utf8")).to.equal("untouched\n");
  });

  it("stops a file at its size limit with whole lines and one line saying the rest is dropped", async () => {
    const line = "x".repeat(1000);
    const lines = Math.ceil(AGENT_LOG_FILE_MAX_BYTES / 1000) + 100;
    // Half in one write, the rest in another (lines of one tick are written together).
    for (let i = 0; i < lines / 2; i++) agentLog(account, node, line);
    await flushed();
    for (let i = 0; i < lines / 2; i++) agentLog(account, node, line);
    const [name] = await flushed();
    const file = join(agentLogDir(account, node.id), name!);
    expect(statSync(file).size).to.be.at.most(AGENT_LOG_FILE_MAX_BYTES);
    const text = readFileSync(file, "utf8").split("\n");
    expect(text.pop()).to.equal("");
    expect(text.pop()).to.equal("log file limit reached: the later lines of this hour are dropped");
    expect(text.every((l) => l.endsWith(` ${line}`))).to.equal(true);
    // Each line is the clock time (24 characters), a space, the text and a new line.
    const full = "log file limit reached: the later lines of this hour are dropped\n".length;
    expect(text.length).to.equal(Math.floor((AGENT_LOG_FILE_MAX_BYTES - full) / (24 + 1 + line.length + 1)));

    // Later lines of the hour are dropped; the next hour starts a new file.
    agentLog(account, node, "one line too many");
    await flushed();
    expect(readFileSync(file, "utf8")).to.not.contain("one line too many");
    now += HOUR;
    agentLog(account, node, "next hour");
    const names = await flushed();
    expect(names).to.have.length(2);
    expect(readFileSync(join(agentLogDir(account, node.id), names[1]!), "utf8")).to.match(/Z next hour\n$/);
  });
});
