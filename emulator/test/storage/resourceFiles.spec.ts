import { expect } from "chai";
import type { ContainerClient } from "@azure/storage-blob";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  downloadResourceFiles,
  resourceFileProblem,
  StorageTaskError,
  type ResourceFile,
} from "../../src/storage/index.js";
import { AZURITE_ACCOUNT, AZURITE_KEY, startAzurite, type RunningAzurite } from "../azurite.js";

async function failure(files: ResourceFile[], wd: string, options = {}): Promise<StorageTaskError> {
  try {
    await downloadResourceFiles(files, wd, options);
  } catch (e) {
    if (e instanceof StorageTaskError) return e;
    throw e;
  }
  throw new Error("the download did not fail");
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const port = (server.address() as { port: number }).port;
  await new Promise((ok) => server.close(ok));
  return port;
}

describe("emulator: storage: resource files (against Azurite)", function () {
  this.timeout(30_000);
  let azurite: RunningAzurite;
  let inputs: ContainerClient;
  let wd: string;

  before(async () => {
    azurite = await startAzurite();
    inputs = await azurite.container("inputs");
    for (const [name, text] of [
      ["in/a.txt", "alpha"],
      ["in/deep/b.txt", "bravo"],
      ["other.txt", "other"],
    ]) {
      await inputs.getBlockBlobClient(name!).upload(text!, text!.length);
    }
  });
  after(async () => {
    await azurite?.close();
  });
  beforeEach(async () => {
    wd = await mkdtemp(join(tmpdir(), "rf-wd-"));
  });
  afterEach(async () => {
    await rm(wd, { recursive: true, force: true });
  });

  it("downloads an httpUrl (a blob with a SAS) to filePath with the default mode 0770, or fileMode", async () => {
    const url = (name: string): string => azurite.sasUrl(inputs, "r").replace("/inputs?", `/inputs/${name}?`);
    await downloadResourceFiles(
      [
        { httpUrl: url("in/a.txt"), filePath: "data/a.txt" },
        { httpUrl: url("other.txt"), filePath: "o.txt", fileMode: "0644" },
      ],
      wd,
    );
    expect(await readFile(join(wd, "data/a.txt"), "utf8")).to.equal("alpha");
    expect((await stat(join(wd, "data/a.txt"))).mode & 0o777).to.equal(0o770);
    expect((await stat(join(wd, "o.txt"))).mode & 0o777).to.equal(0o644);
  });

  it("downloads a storageContainerUrl's blobs under blobPrefix into filePath, keeping their directories", async () => {
    await downloadResourceFiles(
      [{ storageContainerUrl: azurite.sasUrl(inputs, "rl"), blobPrefix: "in/", filePath: "inputs" }],
      wd,
    );
    expect(await readFile(join(wd, "inputs/in/a.txt"), "utf8")).to.equal("alpha");
    expect(await readFile(join(wd, "inputs/in/deep/b.txt"), "utf8")).to.equal("bravo");
    await stat(join(wd, "inputs/other.txt")).then(
      () => expect.fail("other.txt is not under the prefix"),
      (e: NodeJS.ErrnoException) => expect(e.code).to.equal("ENOENT"),
    );
  });

  it("downloads a whole container into the working directory when filePath is absent", async () => {
    await downloadResourceFiles([{ storageContainerUrl: azurite.sasUrl(inputs, "rl") }], wd);
    expect(await readFile(join(wd, "other.txt"), "utf8")).to.equal("other");
    expect(await readFile(join(wd, "in/deep/b.txt"), "utf8")).to.equal("bravo");
  });

  it("downloads an autoStorageContainerName from the configured auto-storage account", async () => {
    await downloadResourceFiles([{ autoStorageContainerName: "inputs", blobPrefix: "other" }], wd, {
      autoStorage: { blobEndpoint: azurite.blobEndpoint, accountName: AZURITE_ACCOUNT, accountKey: AZURITE_KEY },
    });
    expect(await readFile(join(wd, "other.txt"), "utf8")).to.equal("other");
  });

  it("a missing blob fails with usererror BlobNotFound, and the message has no SAS", async () => {
    const url = azurite.sasUrl(inputs, "r").replace("/inputs?", "/inputs/missing.txt?");
    const err = await failure([{ httpUrl: url, filePath: "m.txt" }], wd);
    expect(err.failureInfo).to.deep.include({
      category: "usererror",
      code: "BlobNotFound",
      message: "One of the specified Azure Blob(s) is not found.",
    });
    expect(JSON.stringify(err.failureInfo)).to.not.contain("sig=");
    expect(err.failureInfo.details![0]!.value).to.contain("/inputs/missing.txt answered HTTP 404");
  });

  it("a bad signature fails with BlobAccessDenied (httpUrl) and ResourceContainerAccessDenied (container)", async () => {
    const forged = azurite.sasUrl(inputs, "rl").replace(/sig=[^&]+/, "sig=AAAA");
    const blob = await failure([{ httpUrl: forged.replace("/inputs?", "/inputs/other.txt?"), filePath: "x.txt" }], wd);
    expect(blob.failureInfo).to.deep.include({ category: "usererror", code: "BlobAccessDenied" });
    const container = await failure([{ storageContainerUrl: forged }], wd);
    expect(container.failureInfo).to.deep.include({ category: "usererror", code: "ResourceContainerAccessDenied" });
    expect(JSON.stringify(container.failureInfo)).to.not.contain("sig=");
  });

  it("an unreachable server fails with servererror BlobDownloadMiscError", async () => {
    const err = await failure([{ httpUrl: `http://127.0.0.1:${await closedPort()}/x?sig=secret`, filePath: "x" }], wd);
    expect(err.failureInfo).to.deep.include({ category: "servererror", code: "BlobDownloadMiscError" });
    expect(JSON.stringify(err.failureInfo)).to.not.contain("secret");
  });

  it("a URL with a user name and password fails without quoting them or its SAS (the HTTP client's message does)", async () => {
    const url = `http://user:P4ssw0rd@127.0.0.1:${await closedPort()}/c/b.txt?sv=2024-01-01&sig=SAS_SECRET`;
    const err = await failure([{ httpUrl: url, filePath: "b.txt" }], wd);
    expect(err.failureInfo.code).to.equal("BlobDownloadMiscError");
    const text = JSON.stringify(err.failureInfo) + err.message;
    for (const secret of ["P4ssw0rd", "SAS_SECRET", "user:"]) expect(text).to.not.contain(secret);
    expect(text).to.contain("http://127.0.0.1:");
  });

  it("an unreachable container fails with ResourceContainerListMiscError after a few quick retries", async () => {
    const started = Date.now();
    const err = await failure([{ storageContainerUrl: `http://127.0.0.1:${await closedPort()}/c?sig=secret` }], wd);
    expect(err.failureInfo).to.deep.include({ category: "usererror", code: "ResourceContainerListMiscError" });
    expect(JSON.stringify(err.failureInfo)).to.not.contain("secret");
    expect(Date.now() - started).to.be.below(20_000);
  });

  it("autoStorageContainerName without an auto-storage account fails with ResourceContainerListMiscError", async () => {
    const err = await failure([{ autoStorageContainerName: "inputs" }], wd);
    expect(err.failureInfo.code).to.equal("ResourceContainerListMiscError");
  });

  it("stops at the first failure: later files are not downloaded", async () => {
    const url = azurite.sasUrl(inputs, "r");
    await failure(
      [
        { httpUrl: url.replace("/inputs?", "/inputs/nope?"), filePath: "first" },
        { httpUrl: url.replace("/inputs?", "/inputs/other.txt?"), filePath: "second" },
      ],
      wd,
    );
    await stat(join(wd, "second")).then(
      () => expect.fail("second was downloaded"),
      () => undefined,
    );
  });

  it("checks resource files as the service does when a task is added", () => {
    expect(resourceFileProblem({ httpUrl: "http://x/y", filePath: "a" })).to.equal(undefined);
    expect(resourceFileProblem({ httpUrl: "http://x/y" })).to.equal("filePath is required with httpUrl.");
    expect(resourceFileProblem({ httpUrl: "http://x/y", storageContainerUrl: "http://x", filePath: "a" })).to.contain(
      "Exactly one of",
    );
    expect(resourceFileProblem({ filePath: "a" })).to.contain("Exactly one of");
    expect(resourceFileProblem({ httpUrl: "ftp://x/y", filePath: "a" })).to.equal(
      "httpUrl must be an http or https URL.",
    );
    expect(resourceFileProblem({ storageContainerUrl: "not a url" })).to.equal(
      "storageContainerUrl is not a valid URL.",
    );
    expect(resourceFileProblem({ httpUrl: "http://x/y", filePath: "a", blobPrefix: "p" })).to.contain(
      "blobPrefix is valid only",
    );
    expect(resourceFileProblem({ httpUrl: "http://x/y", filePath: "a", fileMode: "rwx" })).to.contain("octal");
    expect(resourceFileProblem({ httpUrl: "http://x/y", filePath: "../escape" })).to.equal(
      "filePath cannot leave the task's working directory.",
    );
    expect(resourceFileProblem({ httpUrl: "http://x/y", filePath: "/etc/passwd" })).to.equal(
      "filePath cannot leave the task's working directory.",
    );
    expect(resourceFileProblem({ autoStorageContainerName: 3 })).to.equal("autoStorageContainerName must be a string.");
    expect(resourceFileProblem(null)).to.equal("A resource file must be an object.");
  });
});
