// The built package as a user's project sees it: `import` and `require` of "azbatch" and
// "azbatch/rest" from a scratch project that links it into node_modules.
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
    if (!existsSync(join(root, "dist/esm/src/index.js")) || !existsSync(join(root, "dist/cjs/src/index.js"))) {
      execFileSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: "pipe" });
    }
    project = mkdtempSync(join(tmpdir(), "azbatch-consumer-"));
    mkdirSync(join(project, "node_modules"));
    symlinkSync(root, join(project, "node_modules", "azbatch"), "dir");
    // The consumer's own dependency for credentials, as a user would install it.
    symlinkSync(join(root, "node_modules", "@azure"), join(project, "node_modules", "@azure"), "dir");
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

  it("require('azbatch') and require('azbatch/rest')", () => {
    const out = run(
      "cjs.cjs",
      `const { BatchClient, BatchError } = require("azbatch");
       const rest = require("azbatch/rest");
       console.log([typeof BatchClient, typeof BatchError, typeof rest.createClient, typeof rest.isUnexpected].join(","));`,
    );
    expect(out).to.equal("function,function,function,function");
  });

  it("ships declarations for both entry points", () => {
    for (const f of ["dist/esm/src/index.d.ts", "dist/cjs/src/index.d.ts", "dist/esm/src/rest.d.ts", "dist/cjs/src/rest.d.ts"]) {
      expect(existsSync(join(root, f)), f).to.equal(true);
    }
  });
});
