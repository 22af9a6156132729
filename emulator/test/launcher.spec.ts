import { expect } from "chai";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { RunningEmulator } from "../src/index.js";
import { startProcess, type ProcessOutcome } from "../src/process.js";
import { RUN_VARIABLE } from "../src/processTree.js";
import { EventEmitter } from "node:events";
import { availableParallelism } from "node:os";
import { Launcher, launcherPid, type LaunchEvents, type LauncherProcess } from "../src/launcher.js";
import { start, waitFor, type TestClient } from "./helpers.js";
import { useProcessSandbox } from "./processSandbox.js";

/** Pids of live processes whose run tag satisfies `match`. */
function tagged(match: (tag: string) => boolean): number[] {
  const found: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const state = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[0];
      if (state === "Z" || state === "X") continue;
      const env = readFileSync(`/proc/${name}/environ`, "utf8").split("\0");
      const entry = env.find((e) => e.startsWith(RUN_VARIABLE + "="));
      if (entry && match(entry.slice(RUN_VARIABLE.length + 1))) found.push(Number(name));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

/** The launchers this test process started. */
function launchers(): number[] {
  return tagged((t) => t.endsWith(".launcher")).filter((pid) => {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === process.pid;
  });
}

describe("emulator: the launcher that starts task processes", function () {
  if (process.platform !== "linux") return;

  describe("against the emulator", () => {
    let emu: RunningEmulator;
    let client: TestClient;
    before(async () => {
      ({ emu, client } = await start());
      await client.createPool("lp", 1, { taskSlotsPerNode: 2 });
      await client.createJob("lj", "lp");
    });
    after(() => emu.close());

    it("the launcher dying fails its running task (TaskLauncherFailed, servererror) and stops its process; the next task runs through a new launcher", async () => {
      await client.post("/jobs/lj/tasks", { id: "long", commandLine: "/bin/sh -c 'echo $$ > pid; exec sleep 30'" });
      await client.settle(async () => (await client.get("/jobs/lj/tasks/long")).json.state === "running");
      const running = (await client.get("/jobs/lj/tasks/long")).json;
      const pidFile = join(emu.dataDir, "nodes", running.nodeInfo.nodeId, "workitems/lj/job-1/long/wd/pid");
      await waitFor(() => {
        try {
          return /^\d+\n$/.test(readFileSync(pidFile, "utf8"));
        } catch {
          return false;
        }
      });
      const taskPid = Number(readFileSync(pidFile, "utf8"));
      const before = launchers();
      expect(before).to.have.length(1);
      process.kill(before[0]!, "SIGKILL");
      const task = await client.waitTask("lj", "long");
      expect(task.executionInfo.result).to.equal("failure");
      expect(task.executionInfo.failureInfo).to.include({ category: "servererror", code: "TaskLauncherFailed" });
      expect(tagged(() => true)).to.not.include(taskPid);

      await client.post("/jobs/lj/tasks", { id: "next", commandLine: "/bin/sh -c 'exit 3'" });
      const next = await client.waitTask("lj", "next");
      expect(next.executionInfo).to.include({ exitCode: 3, result: "failure" });
      const after = launchers();
      expect(after).to.have.length(1);
      expect(after[0]).to.not.equal(before[0]);
    });

    it("close() ends the launcher", async () => {
      const [launcher] = launchers();
      expect(launcher).to.be.a("number");
      await emu.close();
      expect(tagged(() => true)).to.not.include(launcher);
    });
  });

  describe("startProcess", () => {
    const sandbox = useProcessSandbox("azbatch-launcher-");

    /** Runs `commandLine`, calling `kill` after `turns` event loop turns (or never); resolves the outcome. */
    const run = (name: string, commandLine: string, turns?: number): Promise<ProcessOutcome> =>
      new Promise((resolve) => {
        const handle = startProcess({
          commandLine,
          taskDir: join(sandbox.dir, name),
          workingDir: join(sandbox.dir, name, "wd"),
          env: { PATH: process.env.PATH ?? "" },
          files: sandbox.files,
          ownerTag: sandbox.ownerTag,
          onExit: (outcome) => resolve(outcome),
        });
        if (turns === undefined) return;
        let left = turns;
        const turn = (): void => {
          if (left-- <= 0) handle.kill("terminate");
          else setImmediate(turn);
        };
        turn();
      });

    it("runs a command through the launcher: exit code, stdout in the task directory, usage", async () => {
      const outcome = await run("plain", "/bin/sh -c 'echo hi; exit 5'");
      expect(outcome.exitCode).to.equal(5);
      expect(outcome.usage).to.be.an("object");
      expect(readFileSync(join(sandbox.dir, "plain", "stdout.txt"), "utf8")).to.equal("hi\n");
      expect(launcherPid(sandbox.ownerTag)).to.be.a("number");
    });

    it("a kill at any point of the start (before, during and after the launcher spawns) ends the run with 137 and leaves no process", async () => {
      for (let turns = 0; turns <= 12; turns++) {
        const outcome = await run(`k${turns}`, "sleep 30", turns);
        expect(outcome, `kill after ${turns} turns`).to.include({ exitCode: 137, signal: "SIGKILL" });
      }
      await waitFor(() => tagged((t) => t.startsWith(sandbox.ownerTag + ".") && !t.endsWith(".launcher")).length === 0);
    });

    it("a program that does not exist is a start error", async () => {
      const outcome = await run("missing", "/nonexistent/program");
      expect(outcome.startError?.code).to.equal("CommandProgramNotFound");
    });

    it("runs at once go through dedicated launchers, one run each, measured without a wrapper shell; beyond eight, through shared ones under the wrapper", async () => {
      const mine = (): number[] => tagged((t) => t === `${sandbox.ownerTag}.launcher`);
      // Eleven runs that hold their slot until a file appears: eight dedicated launchers, then shared ones.
      const gate = join(sandbox.dir, "gate");
      const outcomes = Promise.all(
        Array.from({ length: 11 }, (_, i) =>
          run(
            `many${i}`,
            `/bin/sh -c 'touch ${sandbox.dir}/started${i}; while [ ! -e ${gate} ]; do sleep 0.01; done; read -r c < /proc/$PPID/comm; echo $c; exit ${i}'`,
          ),
        ),
      );
      await waitFor(() => readdirSync(sandbox.dir).filter((f) => f.startsWith("started")).length === 11);
      writeFileSync(gate, "");
      const done = await outcomes;
      expect(done.map((o) => o.exitCode)).to.deep.equal([...Array(11).keys()]);
      expect(done.every((o) => o.usage !== undefined)).to.equal(true);
      const parents = Array.from({ length: 11 }, (_, i) =>
        readFileSync(join(sandbox.dir, `many${i}`, "stdout.txt"), "utf8").trim(),
      );
      // A dedicated launcher's run is its child (node); a shared launcher's run is the wrapper's (sh).
      expect(parents.filter((p) => p === "node")).to.have.length(8);
      expect(parents.filter((p) => p === "sh")).to.have.length(3);
      expect(mine().length).to.be.at.most(8 + Math.min(2, availableParallelism()));
    });

    it("each of runs at once is measured alone: a busy run's CPU time is its own, an idle one's stays near zero", async () => {
      const busy = "/bin/sh -c 'i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done'";
      const outcomes = await Promise.all([run("busy", busy), run("idle1", "/bin/true"), run("idle2", "/bin/true")]);
      const [b, i1, i2] = outcomes.map((o) => o.usage!);
      expect(b!.userCpuMs + b!.kernelCpuMs).to.be.greaterThan(50);
      for (const idle of [i1!, i2!]) expect(idle.userCpuMs + idle.kernelCpuMs).to.be.below(30);
    });
  });

  describe("Launcher, with a stand-in process", () => {
    /** A stand-in for the launcher's process: records what is sent; the test emits its events. */
    function standIn(): { proc: LauncherProcess & EventEmitter & { connected: boolean }; sent: { id: number }[] } {
      const sent: { id: number }[] = [];
      const proc = Object.assign(new EventEmitter(), {
        pid: 1,
        connected: true,
        channel: undefined,
        send: (m: { id: number }, cb?: (e: Error | null) => void) => {
          sent.push(m);
          cb?.(null);
          return true;
        },
        kill: () => true,
      });
      return { proc: proc as unknown as LauncherProcess & EventEmitter & { connected: boolean }, sent };
    }
    const request = {
      file: "/bin/true",
      args: [],
      cwd: "/",
      env: {},
      out: "/dev/null",
      err: "/dev/null",
      measure: "wrapper" as const,
    };
    const recorder = (seen: string[]): LaunchEvents => ({
      spawned: (pid) => seen.push(`spawned ${pid}`),
      error: (code) => seen.push(`error ${code}`),
      exit: (code) => seen.push(`exit ${code}`),
      lost: () => seen.push("lost"),
    });
    const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

    it("a run whose exit message is read after the launcher's exit event is reported as it ended, not lost", async () => {
      const { proc, sent } = standIn();
      const launcher = new Launcher("standin", () => proc);
      const seen: string[] = [];
      launcher.launch(request, recorder(seen));
      const { id } = sent[0]!;
      proc.emit("message", { t: "spawned", id, pid: 42 });
      proc.emit("exit", 0, null);
      proc.emit("message", { t: "exit", id, code: 0, signal: null, report: "" });
      await turn();
      expect(seen).to.deep.equal(["spawned 42", "exit 0"]);
      expect(launcher.dead).to.equal(true);
    });

    it("a run still open when the dead launcher's channel ends is lost, once", async () => {
      const { proc, sent } = standIn();
      const launcher = new Launcher("standin", () => proc);
      const seen: string[] = [];
      launcher.launch(request, recorder(seen));
      proc.emit("message", { t: "spawned", id: sent[0]!.id, pid: 43 });
      proc.emit("exit", null, "SIGKILL");
      expect(seen).to.deep.equal(["spawned 43"]);
      proc.connected = false;
      proc.emit("disconnect");
      await turn();
      expect(seen).to.deep.equal(["spawned 43", "lost"]);
      const late: string[] = [];
      launcher.launch(request, recorder(late));
      expect(late).to.deep.equal(["lost"]);
    });
  });
});
