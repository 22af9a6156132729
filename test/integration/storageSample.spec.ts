/// <reference types="mocha" />
// `npm run sample:storage`: uploads inputs to a fresh Azurite, runs tasks on the in-process emulator
// that read them as resource files and write output files, and reads the outputs back.

import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { assert } from "chai";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("integration: npm run sample:storage", function () {
  this.timeout(60_000);

  it("counts the words of the uploaded inputs and reads the results back from Azurite", async () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.AZURITE_BLOB_ENDPOINT;
    delete env.STORAGE_ACCOUNT_NAME;
    delete env.STORAGE_ACCOUNT_KEY;
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
      (resolve, reject) => {
        const child = spawn("npm", ["run", "--silent", "sample:storage"], {
          cwd: ROOT,
          env,
          stdio: ["ignore", "pipe", "pipe"],
        });
        let out = "";
        let err = "";
        child.stdout.on("data", (d: Buffer) => (out += d.toString()));
        child.stderr.on("data", (d: Buffer) => (err += d.toString()));
        child.on("error", reject);
        child.on("close", (c) => resolve({ code: c, stdout: out, stderr: err }));
      },
    );
    assert.equal(code, 0, `exit code; stdout:\n${stdout}\nstderr:\n${stderr}`);
    assert.match(stdout, /Uploaded 3 inputs to inputs-\d+/);
    assert.include(stdout, "Tasks: 3 succeeded, 0 failed");
    assert.include(stdout, "alpha.txt: 4 words");
    assert.include(stdout, "bravo.txt: 8 words");
    assert.include(stdout, "charlie.txt: 1 words");
  });
});
