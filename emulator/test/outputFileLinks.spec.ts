import { expect } from "chai";
import { existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunningEmulator } from "../src/index.js";
import { start, startBlobStandIn, type BlobStandIn, type TestClient } from "./helpers.js";

// What a task leaves where the emulator writes the upload logs (`../fileuploadout.txt`) or among
// its output files: a FIFO must not block the emulator (the task stayed running forever, a thread
// of libuv's pool stuck in open), a symbolic or hard link must not make it create or write a file
// outside the task directory.
describe("emulator: output file uploads and what a task planted", function () {
  if (process.platform !== "linux") return;
  let emu: RunningEmulator;
  let client: TestClient;
  let blobs: BlobStandIn;
  let outside: string;
  before(async () => {
    outside = mkdtempSync(join(tmpdir(), "azbatch-outside-"));
    blobs = await startBlobStandIn();
    ({ emu, client } = await start());
    await client.createPool("op", 1, { taskSlotsPerNode: 4 });
    await client.createJob("oj", "op");
  });
  after(async () => {
    await emu.close();
    await blobs.close();
    rmSync(outside, { recursive: true, force: true });
  });

  const container = () => blobs.containerUrl("acct/out");
  const outputFiles = (filePattern: string) => [
    {
      filePattern,
      destination: { container: { containerUrl: container() } },
      uploadOptions: { uploadCondition: "taskcompletion" },
    },
  ];
  const taskDir = (task: { nodeInfo: { nodeId: string; taskRootDirectory: string } }) =>
    join(emu.dataDir!, "nodes", task.nodeInfo.nodeId, task.nodeInfo.taskRootDirectory);

  for (const [what, plant] of [
    ["a FIFO", "mkfifo ../fileuploadout.txt"],
    ["a symbolic link to a file outside", `ln -s ${join("$0", "by-link")} ../fileuploadout.txt`],
    ["a hard link to a file outside", `ln $0/victim ../fileuploadout.txt`],
  ] as const) {
    it(`${what} as the upload log: the task completes, the log is a new file of the task directory`, async () => {
      const id = `log-${what.split(" ")[1]}`;
      writeFileSync(join(outside, "victim"), "untouched\n");
      await client.post("/jobs/oj/tasks", {
        id,
        commandLine: `/bin/sh -c '${plant}' ${outside}`,
        outputFiles: outputFiles("nothing*"),
      });
      const task = await client.waitTask("oj", id);
      expect(task.executionInfo.result).to.equal("success");
      const log = join(taskDir(task), "fileuploadout.txt");
      expect(lstatSync(log).isFile()).to.equal(true);
      expect(readFileSync(log, "utf8")).to.contain("No files matched nothing*");
      expect(existsSync(join(outside, "by-link"))).to.equal(false);
      expect(readFileSync(join(outside, "victim"), "utf8")).to.equal("untouched\n");
    });
  }

  it("a FIFO among the output files fails the upload (FileUploadMiscError) without blocking; the regular files before it are uploaded", async () => {
    blobs.puts.length = 0;
    await client.post("/jobs/oj/tasks", {
      id: "fifo-out",
      commandLine: "/bin/sh -c 'echo a > a.out; mkfifo b.out'",
      outputFiles: outputFiles("*.out"),
    });
    const task = await client.waitTask("oj", "fifo-out");
    expect(task.executionInfo.result).to.equal("failure");
    expect(task.executionInfo.failureInfo).to.include({ code: "FileUploadMiscError" });
    expect(JSON.stringify(task.executionInfo.failureInfo)).to.contain("not a regular file");
    expect(blobs.puts.map((p) => p.path)).to.deep.equal(["/acct/out/a.out"]);
  });
});
