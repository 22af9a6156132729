import { expect } from "chai";
import type { ContainerClient } from "@azure/storage-blob";
import type { RunningEmulator } from "../../src/index.js";
import { AZURITE_ACCOUNT, AZURITE_KEY, startAzurite, type RunningAzurite } from "../azurite.js";
import { start, type TestClient } from "../helpers.js";

describe("emulator: tasks with resource and output files (against Azurite)", function () {
  this.timeout(30_000);
  let azurite: RunningAzurite;
  let emu: RunningEmulator;
  let client: TestClient;
  let inputs: ContainerClient;
  let outputs: ContainerClient;

  before(async () => {
    azurite = await startAzurite();
    inputs = await azurite.container("task-inputs");
    outputs = await azurite.container("task-outputs");
    await inputs.getBlockBlobClient("data/numbers.txt").upload("1 2 3", 5);
    await inputs.getBlockBlobClient("script.sh").upload("echo from-script", 16);
    ({ emu, client } = await start({
      autoStorage: { blobEndpoint: azurite.blobEndpoint, accountName: AZURITE_ACCOUNT, accountKey: AZURITE_KEY },
    }));
    await client.createPool("sp", 1);
    await client.createJob("sj", "sp");
  });
  after(async () => {
    await emu?.close();
    await azurite?.close();
  });

  it("downloads resource files before the command runs and uploads output files after it", async () => {
    const r = await client.post("/jobs/sj/tasks", {
      id: "io",
      commandLine:
        '/bin/sh -c "cat in/data/numbers.txt > sum.txt && sh script.sh >> sum.txt && ls -l script.sh | cut -c1-10 > mode.txt"',
      resourceFiles: [
        { autoStorageContainerName: "task-inputs", blobPrefix: "data/", filePath: "in" },
        {
          httpUrl: azurite.sasUrl(inputs, "r").replace("/task-inputs?", "/task-inputs/script.sh?"),
          filePath: "script.sh",
          fileMode: "0750",
        },
      ],
      outputFiles: [
        {
          filePattern: "*.txt",
          destination: { container: { containerUrl: azurite.sasUrl(outputs, "racwl"), path: "io" } },
          uploadOptions: { uploadCondition: "tasksuccess" },
        },
        {
          filePattern: "../stdout.txt",
          destination: { container: { containerUrl: azurite.sasUrl(outputs, "racwl"), path: "io/stdout.txt" } },
          uploadOptions: { uploadCondition: "taskfailure" },
        },
      ],
    });
    expect(r.status).to.equal(201);
    const task = await client.waitTask("sj", "io");
    expect(task.executionInfo).to.include({ result: "success", exitCode: 0 });
    expect((await outputs.getBlobClient("io/sum.txt").downloadToBuffer()).toString()).to.equal("1 2 3from-script\n");
    expect((await outputs.getBlobClient("io/mode.txt").downloadToBuffer()).toString()).to.equal("-rwxr-x---\n");
    expect(await outputs.getBlobClient("io/stdout.txt").exists()).to.equal(false);
  });

  it("a failed download fails the task before its command runs (no exit code, the service's failureInfo)", async () => {
    const r = await client.post("/jobs/sj/tasks", {
      id: "missing",
      commandLine: '/bin/sh -c "touch ran.txt"',
      resourceFiles: [
        {
          httpUrl: azurite.sasUrl(inputs, "r").replace("/task-inputs?", "/task-inputs/nope.txt?"),
          filePath: "nope.txt",
        },
      ],
      constraints: { maxTaskRetryCount: 2 },
    });
    expect(r.status).to.equal(201);
    const task = await client.waitTask("sj", "missing");
    expect(task.executionInfo.result).to.equal("failure");
    expect(task.executionInfo.exitCode).to.equal(undefined);
    expect(task.executionInfo.retryCount).to.equal(0);
    expect(task.executionInfo.failureInfo).to.deep.include({
      category: "usererror",
      code: "BlobNotFound",
      message: "One of the specified Azure Blob(s) is not found.",
    });
    expect(JSON.stringify(task)).to.not.contain("sig=AAAA");
    const files = await client.get("/jobs/sj/tasks/missing/files", { query: { recursive: "true" } });
    expect(files.json.value.map((f: { name: string }) => f.name)).to.not.include("wd/ran.txt");
  });

  it("a failed upload fails the task with FileUploadMiscError and keeps its exit code", async () => {
    const r = await client.post("/jobs/sj/tasks", {
      id: "noupload",
      commandLine: '/bin/sh -c "echo x > out.txt"',
      outputFiles: [
        {
          filePattern: "out.txt",
          destination: { container: { containerUrl: azurite.sasUrl(outputs, "rl") } },
          uploadOptions: { uploadCondition: "taskcompletion" },
        },
      ],
    });
    expect(r.status).to.equal(201);
    const task = await client.waitTask("sj", "noupload");
    expect(task.executionInfo).to.include({ result: "failure", exitCode: 0 });
    expect(task.executionInfo.failureInfo).to.deep.include({ category: "usererror", code: "FileUploadMiscError" });
    const log = await client.get("/jobs/sj/tasks/noupload/files/fileuploaderr.txt");
    expect(log.status).to.equal(200);
    expect(log.text).to.contain("HTTP 403");
  });

  it("applies exitConditions.preProcessingError to a failed download and fileUploadError to a failed upload", async () => {
    await client.createJob("sdeps", "sp", { usesTaskDependencies: true });
    const missing = azurite.sasUrl(inputs, "r").replace("/task-inputs?", "/task-inputs/nope.txt?");
    const add = async (body: Record<string, unknown>): Promise<void> => {
      expect((await client.post("/jobs/sdeps/tasks", body)).status).to.equal(201);
    };
    await add({
      id: "pre-sat",
      commandLine: "/bin/true",
      resourceFiles: [{ httpUrl: missing, filePath: "x" }],
      exitConditions: { preProcessingError: { dependencyAction: "satisfy" } },
    });
    await add({
      id: "pre-block",
      commandLine: "/bin/true",
      resourceFiles: [{ httpUrl: missing, filePath: "x" }],
      exitConditions: { fileUploadError: { dependencyAction: "satisfy" } },
    });
    await add({
      id: "up-sat",
      commandLine: '/bin/sh -c "echo x > out.txt"',
      outputFiles: [
        {
          filePattern: "out.txt",
          destination: { container: { containerUrl: azurite.sasUrl(outputs, "rl") } },
          uploadOptions: { uploadCondition: "taskcompletion" },
        },
      ],
      exitConditions: { fileUploadError: { dependencyAction: "satisfy" } },
    });
    await add({ id: "after-pre-sat", commandLine: "/bin/true", dependsOn: { taskIds: ["pre-sat"] } });
    await add({ id: "after-pre-block", commandLine: "/bin/true", dependsOn: { taskIds: ["pre-block"] } });
    await add({ id: "after-up-sat", commandLine: "/bin/true", dependsOn: { taskIds: ["up-sat"] } });
    expect((await client.waitTask("sdeps", "after-pre-sat")).executionInfo.result).to.equal("success");
    expect((await client.waitTask("sdeps", "after-up-sat")).executionInfo.result).to.equal("success");
    expect((await client.waitTask("sdeps", "pre-block")).executionInfo.failureInfo.code).to.equal("BlobNotFound");
    expect((await client.get("/jobs/sdeps/tasks/after-pre-block")).json.state).to.equal("active");
  });

  it("refuses invalid resource and output files when the task is added", async () => {
    const bad = await client.post("/jobs/sj/tasks", {
      id: "bad",
      commandLine: "/bin/true",
      resourceFiles: [{ httpUrl: "http://127.0.0.1/x" }],
    });
    expect(bad.status).to.equal(400);
    expect(bad.json.code).to.equal("InvalidPropertyValue");
    expect(bad.json.values).to.deep.include({ key: "PropertyName", value: "resourceFiles[0]" });
    const badOut = await client.post("/jobs/sj/tasks", {
      id: "bad2",
      commandLine: "/bin/true",
      outputFiles: [{ filePattern: "*", destination: {}, uploadOptions: { uploadCondition: "tasksuccess" } }],
    });
    expect(badOut.status).to.equal(400);
    expect(badOut.json.values).to.deep.include({
      key: "Reason",
      value: "destination.container.containerUrl is required.",
    });
  });
});
