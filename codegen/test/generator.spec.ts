import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { expect } from "chai";
import { readTree, runAutorest } from "./runAutorest.js";

const here = import.meta.dirname;
const root = resolve(here, "..", "..");
const widgets = join(here, "fixtures", "widgets", "autorest.md");
const golden = join(here, "golden", "widgets");

describe("codegen: AutoRest extension on a small spec", function () {
  this.timeout(120_000);
  let out: string;
  let files: Map<string, string>;

  before(() => {
    out = mkdtempSync(join(tmpdir(), "azbatch-codegen-"));
    const run = runAutorest(widgets, [`--output-folder=${out}`]);
    if (!run.ok) throw new Error(run.output);
    files = readTree(out);
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it("writes exactly the golden files (UPDATE_GOLDEN=1 rewrites them)", () => {
    if (process.env.UPDATE_GOLDEN === "1") {
      rmSync(golden, { recursive: true, force: true });
      for (const [name, content] of files) {
        mkdirSync(dirname(join(golden, name)), { recursive: true });
        writeFileSync(join(golden, name), content);
      }
    }
    const expected = readTree(golden);
    expect([...files.keys()]).to.deep.equal([...expected.keys()]);
    for (const [name, content] of files) expect(content, name).to.equal(expected.get(name));
  });

  it("emits output that compiles under strict mode", () => {
    const tsconfig = join(out, "tsconfig.json");
    writeFileSync(
      tsconfig,
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: "NodeNext",
          moduleResolution: "NodeNext",
          target: "ES2022",
          skipLibCheck: true,
          types: ["node"],
          typeRoots: [join(root, "node_modules/@types")],
          baseUrl: root,
          paths: { "*": [join(root, "node_modules/*")] },
        },
        include: ["**/*.ts"],
      }),
    );
    execFileSync(join(root, "node_modules/.bin/tsc"), ["-p", tsconfig], { encoding: "utf8" });
  });

  it("honours x-ms-client-name, allOf, int64 strings, dates, enums and defaults in the client models", () => {
    const models = files.get("api/models.ts")!;
    expect(models).to.match(/failureMode\?: string;/); // x-ms-client-name onFailure → failureMode, inherited through allOf
    expect(models).to.include("The service's default: `retry`.");
    expect(models).to.match(/A secret \(`x-ms-secret`\)[^\n]*\n\s*\*\/\n\s*secretCode\?: string;/);
    expect(models).to.match(/size\?: number;/); // string int64 → number
    expect(models).to.match(/createdAt\?: Date;/);
    expect(files.get("rest/models.ts")).to.match(/export type WidgetColor = "red" \| "green";/);
    expect(models).to.match(/export type \{\s*WidgetColor\s*\}/);
    const serializers = files.get("api/serializers.ts")!;
    // Each model is data: its properties, renamed and converted where they must be.
    expect(serializers).to.include('["onFailure", "failureMode"]'); // x-ms-client-name, wire → client
    expect(serializers).to.include('["name", "partName"]'); // and client → wire
    expect(serializers).to.include('"makerFQDN"'); // no x-ms-client-name: the wire name, not modelerfour's makerFqdn
    expect(serializers).to.include('["size", 0, "number"]');
    expect(serializers).to.include('["createdAt", 0, "date"]');
    expect(serializers).to.include('["notBefore", 0, "iso"]');
  });

  it("converts as the shapes say: renames, dates, int64, nested arrays; absent and unknown left out, null kept", async () => {
    // The golden output is what the test above compares the emitter's with: its converters, run.
    const serializers = await import(join(golden, "api", "serializers.ts"));
    const wire = {
      color: "red",
      onFailure: "retry",
      id: "w1",
      createdAt: "2026-01-02T03:04:05.000Z",
      size: "9007199254740",
      ratio: null,
      parts: [{ partName: "bolt", count: 2, makerFQDN: "maker.example" }],
      unknownProperty: "left out",
    };
    const widget = serializers.widgetDeserializer(wire);
    expect(widget).to.deep.equal({
      color: "red",
      failureMode: "retry",
      id: "w1",
      createdAt: new Date("2026-01-02T03:04:05.000Z"),
      size: 9007199254740,
      ratio: null,
      parts: [{ name: "bolt", count: 2, makerFQDN: "maker.example" }],
    });
    expect(Object.keys(widget)).to.not.include("timeout");
    const notBefore = new Date("2026-05-06T07:08:09.000Z");
    expect(
      serializers.widgetCreateOptionsSerializer({ id: "w2", notBefore, parts: [{ name: "nut" }], extra: 1 }),
    ).to.deep.equal({ id: "w2", notBefore: "2026-05-06T07:08:09.000Z", parts: [{ partName: "nut" }] });
  });

  it("a model with additional properties keeps the keys it does not name, first, and its own as the shape says", async () => {
    const { convertShape } = await import(join(golden, "api", "static-helpers", "serialization.ts"));
    const item = { name: "n", readOnlyName: "r", extra: 1, absent: undefined, when: new Date(0) };
    expect(
      convertShape(
        item,
        [
          ["name", "wireName"],
          ["when", 0, "iso"],
        ],
        ["name", "readOnlyName", "when"],
      ),
    ).to.deep.equal({ extra: 1, wireName: "n", when: "1970-01-01T00:00:00.000Z" });
    expect(convertShape({ tags: { a: "1" } }, [["tags", 0, { values: "number" }]])).to.deep.equal({ tags: { a: 1 } });
  });

  it("keeps wire names, csv arrays and the body content type in the rest layer", () => {
    const parameters = files.get("rest/parameters.ts")!;
    expect(parameters).to.include('"ocp-date"?: string;');
    expect(parameters).to.include("$select?: Array<string>;");
    expect(parameters).to.include('contentType: "application/json; odata=minimalmetadata";');
    const defs = files.get("rest/clientDefinitions.ts")!;
    expect(defs).to.include('(path: "/widgets/{widgetId}/files/{filePath}", widgetId: string, filePath: string)');
  });

  it("emits exists, download, paged and header-returning operations as functions on a context, and a class delegating to them", () => {
    const ops = files.get("api/widgets/operations.ts")!;
    expect(ops).to.match(
      /async function widgetExists\(\s*context: WidgetContext,\s*widgetId: string,\s*options: WidgetExistsOptionalParams = \{\},?\s*\): Promise<boolean>/,
    );
    expect(ops).to.match(/async function downloadWidgetFile\([^)]*\): Promise<NodeJS\.ReadableStream>/);
    expect(ops).to.match(
      /function listWidgets\(\s*context: WidgetContext,\s*options: ListWidgetsOptionalParams = \{\},?\s*\): PagedAsyncIterableIterator<Widget>/,
    );
    expect(ops).to.match(
      /async function createWidget\([^)]*widget: WidgetCreateOptions,[^)]*\): Promise<CreateWidgetResult>/,
    );
    // Each operation checks its own declared statuses; no lookup over every path.
    expect(ops).to.include('if (result.status !== "200") throw context.createError(result);');
    expect(ops).not.to.include("isUnexpected");
    expect(files.get("api/options.ts")).to.match(
      /export interface WidgetExistsOptionalParams extends WidgetOperationOptions/,
    );
    const client = files.get("api/widgetOperations.ts")!;
    expect(client).to.match(/export class WidgetOperations \{/);
    expect(client).not.to.include("abstract");
    expect(client).to.include("return getWidget(this.context, widgetId, options);");
  });

  it("refuses a spec whose sha256 differs from the pin, unless told to", () => {
    const dir = mkdtempSync(join(tmpdir(), "azbatch-codegen-pin-"));
    try {
      const refused = runAutorest(widgets, [`--output-folder=${dir}`, "--azbatch.spec-sha256=deadbeef"]);
      expect(refused.ok).to.equal(false);
      expect(refused.output).to.include("SpecHashMismatch");
      const allowed = runAutorest(widgets, [
        `--output-folder=${dir}`,
        "--azbatch.spec-sha256=deadbeef",
        "--azbatch.allow-spec-mismatch",
      ]);
      expect(allowed.ok, allowed.output).to.equal(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fails loudly, with the JSON path, on a construct it does not understand", () => {
    const dir = mkdtempSync(join(tmpdir(), "azbatch-codegen-bad-"));
    try {
      const spec = JSON.parse(readFileSync(join(here, "fixtures", "widgets", "spec.json"), "utf8"));
      spec.definitions.WidgetPart.properties.count.format = "int128";
      writeFileSync(join(dir, "spec.json"), JSON.stringify(spec));
      writeFileSync(join(dir, "autorest.md"), readFileSync(widgets, "utf8"));
      const run = runAutorest(join(dir, "autorest.md"), [`--output-folder=${join(dir, "out")}`]);
      expect(run.ok).to.equal(false);
      expect(run.output).to.include('$.definitions["WidgetPart"].properties["count"].format');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
