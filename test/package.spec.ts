// The built package as a user's project sees it: `import` and `require` of "azbatch",
// "azbatch/rest" and "azbatch/api" from a scratch project that links it into node_modules.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect } from "chai";

const root = resolve(import.meta.dirname, "..");

describe("package: ESM and CommonJS entry points", function () {
  this.timeout(120_000);
  let project: string;

  before(() => {
    // Always a fresh build, packed as npm would publish it (so the `files` list is checked too).
    execFileSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: "pipe" });
    project = mkdtempSync(join(tmpdir(), "azbatch-consumer-"));
    const tarball = execFileSync("npm", ["pack", "--silent", "--pack-destination", project], {
      cwd: root,
      encoding: "utf8",
    })
      .trim()
      .split("\n")
      .at(-1)!;
    mkdirSync(join(project, "node_modules", "azbatch"), { recursive: true });
    execFileSync("tar", [
      "-xzf",
      join(project, tarball),
      "-C",
      join(project, "node_modules", "azbatch"),
      "--strip-components=1",
    ]);
    // The consumer's own dependencies, as `npm install azbatch` would bring them.
    symlinkSync(join(root, "node_modules", "@azure"), join(project, "node_modules", "@azure"), "dir");
    symlinkSync(join(root, "node_modules", "@azure-rest"), join(project, "node_modules", "@azure-rest"), "dir");
    for (const dep of ["tslib", "@typespec"]) {
      if (existsSync(join(root, "node_modules", dep)))
        symlinkSync(join(root, "node_modules", dep), join(project, "node_modules", dep), "dir");
    }
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  });
  after(() => rmSync(project, { recursive: true, force: true }));

  function run(file: string, code: string): string {
    writeFileSync(join(project, file), code);
    return execFileSync(process.execPath, [join(project, file)], { cwd: project, encoding: "utf8" }).trim();
  }

  it("import { BatchClient, BatchError } from 'azbatch' and createClient from 'azbatch/rest'", () => {
    const out = run(
      "esm.mjs",
      `import { BatchClient, BatchError, isBatchError } from "azbatch";
       import { createClient, isUnexpected, paginate } from "azbatch/rest";
       import { AzureNamedKeyCredential } from "@azure/core-auth";
       const c = new BatchClient("https://a.b.batch.azure.com", new AzureNamedKeyCredential("a", Buffer.from("k").toString("base64")));
       console.log([typeof c.createPool, typeof BatchError, typeof isBatchError, typeof createClient, typeof isUnexpected, typeof paginate].join(","));`,
    );
    expect(out).to.equal("function,function,function,function,function,function");
  });

  it("import the operation functions and createBatchContext from 'azbatch/api', and require them", () => {
    const esm = run(
      "api.mjs",
      `import { createBatchContext, getPool, createJob, beginDeletePool, BatchError } from "azbatch/api";
       import { AzureNamedKeyCredential } from "@azure/core-auth";
       const context = createBatchContext("https://a.b.batch.azure.com", new AzureNamedKeyCredential("a", Buffer.from("k").toString("base64")));
       console.log([typeof context.client.pipeline.sendRequest, typeof getPool, typeof createJob, typeof beginDeletePool, typeof BatchError].join(","));`,
    );
    expect(esm).to.equal("function,function,function,function,function");
    const cjs = run(
      "api.cjs",
      `const api = require("azbatch/api"); console.log([typeof api.createBatchContext, typeof api.listPools].join(","));`,
    );
    expect(cjs).to.equal("function,function");
  });

  it("the entry points share one copy of the code: a BatchError from 'azbatch/api' is the one of 'azbatch'", () => {
    const out = run(
      "shared.mjs",
      `import * as root from "azbatch";
       import * as api from "azbatch/api";
       console.log([root.BatchError === api.BatchError, root.createBatchContext === api.createBatchContext].join(","));`,
    );
    expect(out).to.equal("true,true");
  });

  it("require('azbatch') and require('azbatch/rest')", () => {
    const out = run(
      "cjs.cjs",
      `const { BatchClient, BatchError } = require("azbatch");
       const rest = require("azbatch/rest");
       console.log([typeof BatchClient, typeof BatchError, typeof rest.createClient, typeof rest.isUnexpected].join(","));`,
    );
    expect(out).to.equal("function,function,function,function");
  });

  it("ships declarations for both entry points, and no sources or tests", () => {
    const pkg = join(project, "node_modules", "azbatch");
    for (const f of [
      "dist/esm/src/index.d.ts",
      "dist/cjs/src/index.d.ts",
      "dist/esm/src/rest.d.ts",
      "dist/cjs/src/rest.d.ts",
      "dist/esm/src/api.d.ts",
      "dist/cjs/src/api.d.ts",
      "README.md",
    ]) {
      expect(existsSync(join(pkg, f)), f).to.equal(true);
    }
    for (const f of ["src", "test", "generated", "codegen", "emulator"])
      expect(existsSync(join(pkg, f)), f).to.equal(false);
  });
});
