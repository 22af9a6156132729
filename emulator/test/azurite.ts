/**
 * TEST-ONLY: runs Azurite's Blob service (the devDependency) as a child
 * process on 127.0.0.1 with a free port, in memory, and gives clients for
 * its well-known development account.
 */
import {
  BlobServiceClient,
  ContainerSASPermissions,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
  type ContainerClient,
} from "@azure/storage-blob";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Azurite's well-known development account. */
export const AZURITE_ACCOUNT = "devstoreaccount1";
/** Its well-known (public) key. */
export const AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

/** A running Azurite Blob service. */
export interface RunningAzurite {
  /** Blob endpoint including the account: `http://127.0.0.1:PORT/devstoreaccount1`. */
  blobEndpoint: string;
  /** A service client with the account key. */
  service: BlobServiceClient;
  /** Creates a container and returns its client. */
  container(name: string): Promise<ContainerClient>;
  /** The container URL with a SAS granting `permissions` (for example `rl`, `racwl`) for an hour. */
  sasUrl(container: ContainerClient, permissions: string): string;
  /** Stops Azurite. */
  close(): Promise<void>;
}

/**
 * Starts Azurite's Blob service and waits until it listens.
 * @returns The running service.
 */
export async function startAzurite(): Promise<RunningAzurite> {
  const main = createRequire(import.meta.url).resolve("azurite/dist/src/blob/main.js");
  const cwd = await mkdtemp(join(tmpdir(), "azurite-"));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      main,
      "--blobHost",
      "127.0.0.1",
      "--blobPort",
      "0",
      "--inMemoryPersistence",
      "--extentMemoryLimit",
      "64",
      "--skipApiVersionCheck",
      "--loose",
      "--disableTelemetry",
    ],
    { cwd, stdio: ["ignore", "pipe", "pipe"] },
  );
  const endpoint = await new Promise<string>((ok, fail) => {
    let out = "";
    const timer = setTimeout(() => fail(new Error(`Azurite did not start: ${out}`)), 15_000);
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /successfully listens on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    });
    child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`Azurite exited with ${code}: ${out}`));
    });
  });
  const blobEndpoint = `${endpoint}/${AZURITE_ACCOUNT}`;
  const credential = new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY);
  const service = new BlobServiceClient(blobEndpoint, credential);
  return {
    blobEndpoint,
    service,
    async container(name) {
      const c = service.getContainerClient(name);
      await c.create();
      return c;
    },
    sasUrl(container, permissions) {
      const sas = generateBlobSASQueryParameters(
        {
          containerName: container.containerName,
          permissions: ContainerSASPermissions.parse(permissions),
          expiresOn: new Date(Date.now() + 3_600_000),
        },
        credential,
      ).toString();
      return `${container.url}?${sas}`;
    },
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((ok) => child.once("exit", ok));
        child.kill("SIGTERM");
        await exited;
      }
      await rm(cwd, { recursive: true, force: true });
    },
  };
}
