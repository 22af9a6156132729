// azbatch storage sample: tasks that read their inputs from Blob Storage and write their outputs
// back. It uploads three text files to a container, runs one task per file that counts its words
// (the file arrives as a resource file), has each task upload its result (an output file), and
// reads the results back.
//
//   npm run sample:storage    runs on the local emulator and a local Azurite, both started here
//
// With AZURITE_BLOB_ENDPOINT (for example http://127.0.0.1:10000/devstoreaccount1) it uses that
// Azurite (or Storage account, with STORAGE_ACCOUNT_NAME and STORAGE_ACCOUNT_KEY) instead.

import { AzureNamedKeyCredential } from "@azure/core-auth";
import {
  BlobServiceClient,
  ContainerSASPermissions,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
  type ContainerClient,
} from "@azure/storage-blob";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { BatchClient, type BatchTaskCreateOptions } from "azbatch";
import { startEmulator } from "azbatch-emulator";

/** Azurite's well-known development account (public, like the emulator's key). */
const AZURITE_ACCOUNT = "devstoreaccount1";
const AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

const INPUTS: Record<string, string> = {
  "alpha.txt": "the quick brown fox",
  "bravo.txt": "jumps over the lazy dog and keeps running",
  "charlie.txt": "hello",
};

/** A Blob endpoint: the one in the environment, or a fresh in-memory Azurite on a free loopback port. */
async function blobStorage(): Promise<{
  endpoint: string;
  accountName: string;
  accountKey: string;
  close(): Promise<void>;
}> {
  const { AZURITE_BLOB_ENDPOINT, STORAGE_ACCOUNT_NAME, STORAGE_ACCOUNT_KEY } = process.env;
  if (AZURITE_BLOB_ENDPOINT) {
    return {
      endpoint: AZURITE_BLOB_ENDPOINT,
      accountName: STORAGE_ACCOUNT_NAME ?? AZURITE_ACCOUNT,
      accountKey: STORAGE_ACCOUNT_KEY ?? AZURITE_KEY,
      close: async () => {},
    };
  }
  const main = createRequire(import.meta.url).resolve("azurite/dist/src/blob/main.js");
  const args = [
    main,
    "--blobHost",
    "127.0.0.1",
    "--blobPort",
    "0",
    "--inMemoryPersistence",
    "--extentMemoryLimit",
    "64",
    "--disableTelemetry",
    "--skipApiVersionCheck",
    "--loose",
  ];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  const address = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /successfully listens on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once("exit", (code) => reject(new Error(`Azurite exited with ${code}`)));
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return {
    endpoint: `${address}/${AZURITE_ACCOUNT}`,
    accountName: AZURITE_ACCOUNT,
    accountKey: AZURITE_KEY,
    close: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** The container's URL with a SAS granting `permissions` for an hour. */
function sasUrl(container: ContainerClient, credential: StorageSharedKeyCredential, permissions: string): string {
  const sas = generateBlobSASQueryParameters(
    {
      containerName: container.containerName,
      permissions: ContainerSASPermissions.parse(permissions),
      expiresOn: new Date(Date.now() + 3_600_000),
    },
    credential,
  );
  return `${container.url}?${sas.toString()}`;
}

async function main(): Promise<boolean> {
  const storage = await blobStorage();
  const storageCredential = new StorageSharedKeyCredential(storage.accountName, storage.accountKey);
  const blobs = new BlobServiceClient(storage.endpoint, storageCredential);
  const batch = await startEmulator({
    autoStorage: { blobEndpoint: storage.endpoint, accountName: storage.accountName, accountKey: storage.accountKey },
  });
  const client = new BatchClient(batch.endpoint, new AzureNamedKeyCredential(batch.accountName, batch.accountKey));
  const suffix = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const inputs = blobs.getContainerClient(`inputs-${suffix}`);
  const outputs = blobs.getContainerClient(`outputs-${suffix}`);
  const poolId = `storage-pool-${suffix}`;
  const jobId = `storage-job-${suffix}`;
  try {
    await inputs.create();
    await outputs.create();
    for (const [name, text] of Object.entries(INPUTS))
      await inputs.getBlockBlobClient(name).upload(text, Buffer.byteLength(text));
    console.log(`Uploaded ${Object.keys(INPUTS).length} inputs to ${inputs.containerName}`);

    await client.createPool({
      id: poolId,
      vmSize: "standard_d2s_v3",
      virtualMachineConfiguration: {
        imageReference: {
          publisher: "canonical",
          offer: "0001-com-ubuntu-server-jammy",
          sku: "22_04-lts",
          version: "latest",
        },
        nodeAgentSkuId: "batch.node.ubuntu 22.04",
      },
      targetDedicatedNodes: 1,
    });
    await client.createJob({ id: jobId, poolInfo: { poolId } });
    const writeResults = sasUrl(outputs, storageCredential, "cw");
    const tasks: BatchTaskCreateOptions[] = Object.keys(INPUTS).map((name, i) => ({
      id: `count-${i}`,
      commandLine: `/bin/sh -c "wc -w < input/${name} | tr -d ' ' > words.txt"`,
      resourceFiles:
        i === 0
          ? [{ autoStorageContainerName: inputs.containerName, blobPrefix: name, filePath: "input" }]
          : [
              {
                httpUrl: `${inputs.url}/${name}?${sasUrl(inputs, storageCredential, "r").split("?")[1]}`,
                filePath: `input/${name}`,
              },
            ],
      outputFiles: [
        {
          filePattern: "words.txt",
          destination: { container: { containerUrl: writeResults, path: `${name}.words` } },
          uploadOptions: { uploadCondition: "tasksuccess" },
        },
      ],
    }));
    await client.createTasks(jobId, tasks);
    const result = await client.waitForTasks(jobId, { pollIntervalInMs: 200 });
    console.log(`Tasks: ${result.succeeded} succeeded, ${result.failed} failed`);

    for (const name of Object.keys(INPUTS)) {
      const words = (await outputs.getBlobClient(`${name}.words`).downloadToBuffer()).toString().trim();
      console.log(`${name}: ${words} words`);
    }
    return result.failed === 0;
  } finally {
    await client.deleteJob(jobId).catch(() => {});
    await client.deletePool(poolId).catch(() => {});
    await batch.close();
    await inputs.deleteIfExists().catch(() => {});
    await outputs.deleteIfExists().catch(() => {});
    await storage.close();
  }
}

main().then(
  (ok) => {
    process.exitCode = ok ? 0 : 1;
  },
  (error: unknown) => {
    console.error(`Storage sample failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
