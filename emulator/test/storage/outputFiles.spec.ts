import { expect } from "chai";
import type { ContainerClient } from "@azure/storage-blob";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  outputFileProblem,
  StorageTaskError,
  uploadOutputFiles,
  type OutputFile,
  type TaskDirectories,
} from "../../src/storage/index.js";
import { startAzurite, type RunningAzurite } from "../azurite.js";

async function blobNames(c: ContainerClient): Promise<string[]> {
  const names: string[] = [];
  for await (const b of c.listBlobsFlat()) names.push(b.name);
  return names.sort();
}

describe("emulator: storage: output files (against Azurite)", function () {
  this.timeout(30_000);
  let azurite: RunningAzurite;
  let dirs: TaskDirectories;
  let n = 0;
  let out: ContainerClient;

  before(async () => {
    azurite = await startAzurite();
  });
  after(async () => {
    await azurite?.close();
  });
  beforeEach(async () => {
    const taskDir = await mkdtemp(join(tmpdir(), "of-task-"));
    dirs = { taskDir, workingDir: join(taskDir, "wd") };
    await mkdir(join(dirs.workingDir, "logs/deep"), { recursive: true });
    await writeFile(join(taskDir, "stdout.txt"), "the output\n");
    await writeFile(join(dirs.workingDir, "result.txt"), "42");
    await writeFile(join(dirs.workingDir, "notes.txt"), "n");
    await writeFile(join(dirs.workingDir, ".hidden.txt"), "h");
    await writeFile(join(dirs.workingDir, "logs/a.log"), "a");
    await writeFile(join(dirs.workingDir, "logs/deep/b.log"), "b");
    out = await azurite.container(`out${++n}`);
  });
  afterEach(async () => {
    await rm(dirs.taskDir, { recursive: true, force: true });
  });

  const spec = (
    filePattern: string,
    uploadCondition: OutputFile["uploadOptions"]["uploadCondition"],
    extra: Partial<NonNullable<OutputFile["destination"]["container"]>> = {},
  ): OutputFile => ({
    filePattern,
    destination: { container: { containerUrl: azurite.sasUrl(out, "racwl"), ...extra } },
    uploadOptions: { uploadCondition },
  });

  it("uploads a single file to path, wildcards under the path as a virtual directory, and ../stdout.txt", async () => {
    const uploaded = await uploadOutputFiles(
      [
        spec("result.txt", "tasksuccess", { path: "final/answer.txt" }),
        spec("*.txt", "taskcompletion", { path: "texts" }),
        spec("../stdout.txt", "taskcompletion"),
      ],
      dirs,
      true,
    );
    expect(await blobNames(out)).to.deep.equal([
      "final/answer.txt",
      "stdout.txt",
      "texts/notes.txt",
      "texts/result.txt",
    ]);
    expect(uploaded.map((u) => u.blobName)).to.deep.equal([
      "final/answer.txt",
      "texts/notes.txt",
      "texts/result.txt",
      "stdout.txt",
    ]);
    expect(JSON.stringify(uploaded)).to.not.contain("sig=");
    expect((await out.getBlobClient("final/answer.txt").downloadToBuffer()).toString()).to.equal("42");
    const log = await readFile(join(dirs.taskDir, "fileuploadout.txt"), "utf8");
    expect(log.trim().split("\n")).to.have.length(4);
    expect(log).to.not.contain("sig=");
  });

  it("** keeps the directories below the pattern's fixed part; names starting with '.' need an explicit pattern", async () => {
    await uploadOutputFiles(
      [spec("logs/**/*.log", "taskcompletion"), spec(".hidden.txt", "taskcompletion", { path: "h" })],
      dirs,
      false,
    );
    expect(await blobNames(out)).to.deep.equal(["a.log", "deep/b.log", "h"]);
    const star = await azurite.container(`star${n}`);
    await uploadOutputFiles(
      [{ ...spec("*", "taskcompletion"), destination: { container: { containerUrl: azurite.sasUrl(star, "racwl") } } }],
      dirs,
      true,
    );
    expect(await blobNames(star)).to.deep.equal(["notes.txt", "result.txt"]);
  });

  it("honours uploadCondition: tasksuccess only on success, taskfailure only on failure, taskcompletion always", async () => {
    const files = [
      spec("result.txt", "tasksuccess", { path: "s" }),
      spec("result.txt", "taskfailure", { path: "f" }),
      spec("result.txt", "taskcompletion", { path: "c" }),
    ];
    await uploadOutputFiles(files, dirs, true);
    expect(await blobNames(out)).to.deep.equal(["c", "s"]);
    const failed = await azurite.container(`failed${n}`);
    await uploadOutputFiles(
      files.map((f) => ({
        ...f,
        destination: { container: { ...f.destination.container!, containerUrl: azurite.sasUrl(failed, "racwl") } },
      })),
      dirs,
      false,
    );
    expect(await blobNames(failed)).to.deep.equal(["c", "f"]);
  });

  it("applies uploadHeaders: content headers and x-ms-meta-* metadata", async () => {
    await uploadOutputFiles(
      [
        spec("result.txt", "taskcompletion", {
          uploadHeaders: [
            { name: "Content-Type", value: "application/json" },
            { name: "x-ms-blob-cache-control", value: "no-cache" },
            { name: "x-ms-meta-origin", value: "batch" },
          ],
        }),
      ],
      dirs,
      true,
    );
    const props = await out.getBlobClient("result.txt").getProperties();
    expect(props).to.deep.include({ contentType: "application/json", cacheControl: "no-cache" });
    expect(props.metadata).to.deep.equal({ origin: "batch" });
  });

  it("a pattern that matches nothing uploads nothing and is logged", async () => {
    expect(await uploadOutputFiles([spec("*.none", "taskcompletion")], dirs, true)).to.deep.equal([]);
    expect(await readFile(join(dirs.taskDir, "fileuploadout.txt"), "utf8")).to.contain("No files matched *.none");
  });

  it("a container URL without write permission fails with FileUploadMiscError, logged to fileuploaderr.txt without the SAS", async () => {
    const readOnly = {
      ...spec("result.txt", "taskcompletion"),
      destination: { container: { containerUrl: azurite.sasUrl(out, "rl") } },
    };
    let err: StorageTaskError | undefined;
    try {
      await uploadOutputFiles([readOnly], dirs, true);
    } catch (e) {
      err = e as StorageTaskError;
    }
    expect(err).to.be.instanceOf(StorageTaskError);
    expect(err!.failureInfo).to.deep.include({ category: "usererror", code: "FileUploadMiscError" });
    expect(err!.failureInfo.details![0]!.value).to.match(/failed with HTTP 403/);
    const log = await readFile(join(dirs.taskDir, "fileuploaderr.txt"), "utf8");
    expect(log).to.contain("HTTP 403");
    expect(log + JSON.stringify(err!.failureInfo)).to.not.contain("sig=");
  });

  it("checks output files as the service does when a task is added", () => {
    const ok: OutputFile = {
      filePattern: "*.txt",
      destination: { container: { containerUrl: "https://a.blob.core.windows.net/c?sv=1" } },
      uploadOptions: { uploadCondition: "tasksuccess" },
    };
    expect(outputFileProblem(ok)).to.equal(undefined);
    expect(outputFileProblem({ ...ok, filePattern: "" })).to.equal("filePattern is required.");
    expect(outputFileProblem({ ...ok, destination: {} })).to.equal("destination.container.containerUrl is required.");
    expect(outputFileProblem({ ...ok, destination: { container: { containerUrl: "nope" } } })).to.equal(
      "containerUrl is not a valid URL.",
    );
    expect(outputFileProblem({ ...ok, uploadOptions: { uploadCondition: "always" } })).to.contain("uploadCondition");
    expect(
      outputFileProblem({
        ...ok,
        destination: { container: { containerUrl: "https://a/c", uploadHeaders: [{ name: "x-custom" }] } },
      }),
    ).to.contain("not one the emulator supports");
    expect(outputFileProblem([])).to.equal("An output file must be an object.");
  });
});
