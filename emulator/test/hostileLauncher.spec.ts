import { expect } from "chai";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startProcess, type ProcessOutcome } from "../src/process.js";
import { useProcessSandbox } from "./processSandbox.js";

// How a task's program is found before it starts (emulator/src/stats/processStats.ts resolveProgram):
// as execvp would, relative PATH entries (and an empty one, meaning `.`) are relative to the task's
// working directory, never to the emulator's own.
describe("emulator: the program lookup of a task (relative program paths and PATH entries) and inputs Node refuses", function () {
  if (process.platform !== "linux") return;
  const sandbox = useProcessSandbox("azbatch-path-");

  /** Runs `commandLine` in task directory `name` (whose wd holds `wd/<path>` scripts printing their path). */
  const run = (name: string, commandLine: string, path: string, scripts: string[]): Promise<ProcessOutcome> => {
    for (const s of scripts) {
      mkdirSync(join(sandbox.dir, name, "wd", s, ".."), { recursive: true });
      writeFileSync(join(sandbox.dir, name, "wd", s), `#!/bin/sh\necho ${s}\n`, { mode: 0o755 });
    }
    return new Promise((resolve) =>
      startProcess({
        commandLine,
        taskDir: join(sandbox.dir, name),
        workingDir: join(sandbox.dir, name, "wd"),
        env: { PATH: path },
        files: sandbox.files,
        ownerTag: sandbox.ownerTag,
        onExit: resolve,
      }),
    );
  };
  const stdout = (name: string): string => readFileSync(join(sandbox.dir, name, "stdout.txt"), "utf8");

  it("finds a program in a relative PATH entry below the working directory", async () => {
    const outcome = await run("rel", "hello", "bin:/usr/bin:/bin", ["bin/hello"]);
    expect(outcome.startError).to.equal(undefined);
    expect(outcome.exitCode).to.equal(0);
    expect(stdout("rel")).to.equal("bin/hello\n");
  });

  it("an empty PATH entry is the working directory", async () => {
    const outcome = await run("empty", "hello", "/usr/bin::/bin", ["hello"]);
    expect(outcome.exitCode).to.equal(0);
    expect(stdout("empty")).to.equal("hello\n");
  });

  it("finds a program named or on PATH with `..` above the working directory (the directory's parent, not a lexical one)", async () => {
    const named = await run("up", "../tools/hello", "/usr/bin:/bin", ["../tools/hello"]);
    expect(named.exitCode).to.equal(0);
    expect(stdout("up")).to.equal("../tools/hello\n");
    const onPath = await run("uppath", "hello", "../tools:/usr/bin:/bin", ["../tools/hello"]);
    expect(onPath.exitCode).to.equal(0);
    expect(stdout("uppath")).to.equal("../tools/hello\n");
  });

  it("a program only below the emulator's own directory is not found (CommandProgramNotFound, not exit 127)", async () => {
    const own = mkdtempSync(join(tmpdir(), "azbatch-cwd-"));
    mkdirSync(join(own, "bin"));
    writeFileSync(join(own, "bin", "onlyhere"), "#!/bin/sh\necho emulator\n", { mode: 0o755 });
    const cwd = process.cwd();
    process.chdir(own);
    try {
      const outcome = await run("cwd", "onlyhere", "bin:/usr/bin:/bin", []);
      expect(outcome.startError?.code).to.equal("CommandProgramNotFound");
    } finally {
      process.chdir(cwd);
      rmSync(own, { recursive: true, force: true });
    }
  });

  it("a NUL byte in the environment fails the start without quoting the refused name or value", async () => {
    const secret = "s3cr3t-value";
    for (const [name, env] of [
      ["nul-env", { PATH: "/usr/bin:/bin", API_TOKEN: `${secret}\0tail` }],
      ["nul-name", { PATH: "/usr/bin:/bin", [`X\0${secret}`]: "v" }],
    ] as const) {
      mkdirSync(join(sandbox.dir, name, "wd"), { recursive: true });
      const outcome = await new Promise<ProcessOutcome>((resolve) =>
        startProcess({
          commandLine: "/bin/true",
          taskDir: join(sandbox.dir, name),
          workingDir: join(sandbox.dir, name, "wd"),
          env,
          files: sandbox.files,
          ownerTag: sandbox.ownerTag,
          onExit: resolve,
        }),
      );
      expect(outcome.startError?.code, name).to.equal("ProcessStartFailed");
      expect(outcome.startError?.message, name).to.not.include(secret);
    }
  });
});
