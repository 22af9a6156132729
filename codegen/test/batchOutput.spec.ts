// What `npm run generate` wrote for the Batch spec (api-version 2026-10-01, the default tag) covers
// the whole spec: every definition, every operation, every pageable operation. Reads the committed generated/ (CI checks that it
// is exactly what the generator writes).
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect } from "chai";
import { resolveSpec } from "../../scripts/specResolver.js";
import { currentApiVersion } from "../../test/utils/apiVersion.js";

const root = resolve(import.meta.dirname, "..", "..");
const spec = JSON.parse(readFileSync(resolveSpec(currentApiVersion).specPath, "utf8")) as {
  definitions: Record<string, { type?: string; enum?: unknown[] }>;
  paths: Record<string, Record<string, { operationId: string; "x-ms-pageable"?: unknown }>>;
};
const generated = (file: string): string => readFileSync(join(root, "generated", file), "utf8");
/** Source with all white space removed, so prettier's line breaks do not matter. */
const squash = (text: string): string => text.replace(/\s+/g, "");

/** `Azure.Core.eTag` → `AzureCoreETag`: modelerfour's name for a dotted definition. */
const typeName = (definition: string): string =>
  definition
    .split(".")
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join("");

describe("codegen: the generated Batch client covers the spec", () => {
  const restModels = generated("rest/models.ts");
  const restOutputs = generated("rest/outputModels.ts");
  const apiModels = generated("api/models.ts");
  const operations = Object.values(spec.paths).flatMap((item) => Object.values(item));

  it("emits every one of the spec's definitions, in the rest layer and the client models", () => {
    const names = Object.keys(spec.definitions);
    expect(names).to.have.length(248);
    const renamedInClient: Record<string, string> = {
      BatchError: "BatchErrorBody",
      BatchErrorDetail: "BatchErrorBodyDetail",
    };
    for (const definition of names) {
      const name = typeName(definition);
      const declared = (source: string, n: string) => new RegExp(`export (interface|type) ${n}\\b`).test(source);
      expect(declared(restModels, name) || declared(restOutputs, `${name}Output`), `rest: ${definition}`).to.equal(
        true,
      );
      const clientName = renamedInClient[name] ?? name;
      const reExported = new RegExp(`export type \\{[^}]*\\b${clientName}\\b[^}]*\\}`).test(apiModels);
      expect(declared(apiModels, clientName) || reExported, `client: ${definition}`).to.equal(true);
    }
  });

  it("emits enums as string-literal unions (declared in the rest layer, re-exported by the client models)", () => {
    const enums = Object.entries(spec.definitions).filter(([, d]) => Array.isArray(d.enum));
    expect(enums.length).to.be.greaterThan(50);
    for (const [name, d] of enums) {
      const union = (d.enum as string[]).map((v) => JSON.stringify(v)).join("|");
      expect(squash(restModels).replace(/=\|/g, "="), name).to.include(`exporttype${name}=${union};`);
    }
  });

  it("has a typed route and an isUnexpected entry for each of the 71 operations, and paginates the 14 pageable ones", () => {
    expect(operations).to.have.length(71);
    const isUnexpected = generated("rest/isUnexpected.ts");
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const method of Object.keys(item)) {
        expect(isUnexpected, `${method} ${path}`).to.include(JSON.stringify(`${method.toUpperCase()} ${path}`));
      }
      expect(squash(generated("rest/clientDefinitions.ts")), path).to.include(squash(`(path: ${JSON.stringify(path)}`));
    }
    const pageable = operations.filter((op) => op["x-ms-pageable"]);
    expect(pageable).to.have.length(14);
    const client = generated("api/batchOperations.ts");
    const pagedMethods = client.match(/\): PagedAsyncIterableIterator</g) ?? [];
    expect(pagedMethods).to.have.length(14);
  });

  it("emits each group's operations as _xSend, _xDeserialize and x functions on the context, no file over 1,500 lines", () => {
    const groups = ["applications", "jobSchedules", "jobs", "nodes", "pools", "tasks"];
    let functions = 0;
    for (const group of groups) {
      const source = generated(`api/${group}/operations.ts`);
      expect(source.split("\n").length, group).to.be.at.most(1_500);
      expect(source, group).not.to.include("isUnexpected");
      for (const [, name] of source.matchAll(/^export (?:async )?function (\w+)\(\s*context: BatchContext/gm)) {
        if (name.startsWith("_")) continue;
        functions++;
        expect(source, name).to.match(new RegExp(`export function _${name}Send\\(`));
        expect(source, name).to.match(new RegExp(`export (async )?function _${name}Deserialize\\(`));
      }
    }
    expect(functions).to.equal(71);
    expect(generated("api/batchOperations.ts").split("\n").length).to.be.at.most(1_550);
    expect(generated("api/batchOperations.ts")).not.to.include("abstract");
  });

  it("emits the 14 long-running operations declared in autorest.md as begin* functions and methods", () => {
    const lro = generated("api/longRunning.ts");
    const begins = [...lro.matchAll(/^export function (begin\w+)\(/gm)].map((m) => m[1]);
    expect(begins).to.have.length(14);
    const client = generated("api/batchOperations.ts");
    for (const name of begins) {
      expect(client, name).to.match(new RegExp(`\\n  ${name}\\(`));
      expect(lro, name).to.include(`export interface B${name.slice(1)}OptionalParams`);
    }
  });

  it("marks every file as generated", () => {
    for (const file of [
      "rest/models.ts",
      "rest/index.ts",
      "api/operations.ts",
      "api/pools/operations.ts",
      "api/static-helpers/request.ts",
      "api/serializers.ts",
      "index.ts",
    ]) {
      expect(generated(file).split("\n")[0]).to.match(/^\/\/ Produced by `npm run generate`/);
    }
    expect(generated("README.md")).to.include("Never edit these files by hand");
  });
});
