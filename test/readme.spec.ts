/// <reference types="mocha" />
// README code is compiled by the tests, and the seed's steps run against nock.
//
// 1. Every ```ts block of README.md is written to a file under .scratch/ (inside the package, so
//    `import ... from "azbatch"` resolves to this package through its "source" export condition),
//    with declarations for the names snippets take as given (`client`, `endpoint`, `accountName`,
//    `accountKey`), and the TypeScript compiler API type-checks them all with the project's
//    options: any diagnostic fails the test.
// 2. The shared-key authentication block and the seed's steps (create a pool, a job, a task, list
//    with filter/select) are joined into one module, imported in this process, and run against
//    nock; the test checks what reached the wire and what the list printed.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { assert } from "chai";
import ts from "typescript";
import {
  ACCOUNT,
  ACCOUNT_KEY,
  BODY_CONTENT_TYPE,
  ENDPOINT,
  interceptAll,
  type RecordedRequest,
  type Reply,
  REQUEST_ID,
  useNock,
} from "./utils/exampleDriver.js";
import { expectedApiVersion } from "./utils/apiVersion.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const scratch = join(root, ".scratch", `readme-${process.pid}`);

interface Snippet {
  /** The `## ` heading the block is under. */
  heading: string;
  code: string;
  /** 1-based line of the block in README.md. */
  line: number;
}

function readmeSnippets(): Snippet[] {
  const text = readFileSync(join(root, "README.md"), "utf8");
  const snippets: Snippet[] = [];
  let heading = "";
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith("## ")) heading = line.slice(3).trim();
    if (line.trim() === "```ts" || line.trim() === "```typescript") {
      const start = i + 1;
      let end = start;
      while (end < lines.length && lines[end]!.trim() !== "```") end++;
      snippets.push({ heading, code: lines.slice(start, end).join("\n"), line: start });
      i = end;
    }
  }
  return snippets;
}

/** Names a snippet may use without declaring them. */
const GIVEN: Record<string, string> = {
  client: 'import("azbatch").BatchClient',
  endpoint: "string",
  accountName: "string",
  accountKey: "string",
};

function declaresName(code: string, name: string): boolean {
  return (
    new RegExp(`\\b(const|let|var|function|class)\\s+${name}\\b`).test(code) ||
    new RegExp(`import[^;]*\\b${name}\\b[^;]*from`).test(code)
  );
}

/** The snippet as a checkable module: its code, then `declare const` for the given names it uses. */
function asModule(snippet: Snippet): string {
  const declarations = Object.entries(GIVEN)
    .filter(([name]) => new RegExp(`\\b${name}\\b`).test(snippet.code) && !declaresName(snippet.code, name))
    .map(([name, type]) => `declare const ${name}: ${type};`);
  return `${snippet.code}\n\n// Given by the README's context:\n${declarations.join("\n")}\nexport {};\n`;
}

const IMPORT = /^import (type )?\{([^}]*)\} from "([^"]+)";$/;

/** Joins snippets into one module exporting `run(endpoint, accountName, accountKey)`; imports merged. */
function joinForRun(snippets: Snippet[], rewrite: (specifier: string) => string): string {
  const imports = new Map<string, Map<string, boolean>>(); // module → name → type-only
  const body: string[] = [];
  for (const s of snippets) {
    for (const line of s.code.split("\n")) {
      const m = IMPORT.exec(line.trim());
      if (!m) {
        body.push(line);
        continue;
      }
      const names = imports.get(m[3]!) ?? new Map<string, boolean>();
      for (const raw of m[2]!
        .split(",")
        .map((n) => n.trim())
        .filter(Boolean)) {
        const typeOnly = Boolean(m[1]) || raw.startsWith("type ");
        const name = raw.replace(/^type\s+/, "");
        names.set(name, (names.get(name) ?? true) && typeOnly);
      }
      imports.set(m[3]!, names);
    }
  }
  const importLines = [...imports].map(
    ([from, names]) =>
      `import { ${[...names].map(([n, typeOnly]) => (typeOnly ? `type ${n}` : n)).join(", ")} } from "${rewrite(from)}";`,
  );
  return `${importLines.join("\n")}\n\nexport async function run(endpoint: string, accountName: string, accountKey: string): Promise<void> {\n${body.join("\n")}\n}\n`;
}

function compile(files: string[]): string[] {
  const configPath = join(root, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const options: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: true,
    customConditions: ["source"],
    types: ["node"],
  };
  const program = ts.createProgram(files, options);
  // Only the snippets' diagnostics: checking them pulls in just the declarations they use.
  const diagnostics: ts.Diagnostic[] = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  for (const file of files) {
    const sourceFile = program.getSourceFile(file);
    if (!sourceFile) throw new Error(`not in the program: ${file}`);
    diagnostics.push(...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile));
  }
  return diagnostics.map((d) => {
    const where = d.file
      ? `${relative(root, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
      : "";
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}

describe("README.md: every TypeScript snippet compiles; the seed's steps run", function () {
  this.timeout(60_000);
  const snippets = readmeSnippets();
  const seedHeadings = ["Create a pool", "Create a job", "Submit a task", "List with filter and select"];
  let runFile = "";

  before(() => {
    mkdirSync(scratch, { recursive: true });
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it("has the usage sections in the seed's order", () => {
    const text = readFileSync(join(root, "README.md"), "utf8");
    const order = [
      "## Install",
      "## Authenticate",
      ...seedHeadings.map((h) => `## ${h}`),
      "## Handle errors",
      "## Retries and timeouts",
      "## Paging",
      "## Logging",
    ];
    const positions = order.map((h) => text.indexOf(`\n${h}\n`));
    assert.notInclude(positions, -1, `missing one of ${order.join(", ")}`);
    assert.deepEqual(
      [...positions].sort((a, b) => a - b),
      positions,
      "sections out of order",
    );
    assert.isAbove(snippets.length, 8);
  });

  it("every ```ts block type-checks against the project (and the joined seed module too)", () => {
    const files = snippets.map((s, i) => {
      const file = join(scratch, `snippet-${String(i + 1).padStart(2, "0")}-line-${s.line}.ts`);
      writeFileSync(file, asModule(s));
      return file;
    });
    runFile = join(scratch, "seed.ts");
    const sharedKey = snippets.find((s) => s.heading === "Authenticate" && s.code.includes("AzureNamedKeyCredential"));
    assert.isDefined(sharedKey, "the shared-key authentication block");
    const steps = seedHeadings.map((h) => {
      const s = snippets.find((x) => x.heading === h);
      assert.isDefined(s, `a ts block under "## ${h}"`);
      return s!;
    });
    const src = relative(scratch, join(root, "src")).split("\\").join("/");
    writeFileSync(
      runFile,
      joinForRun([sharedKey!, ...steps], (from) =>
        from === "azbatch" ? `${src}/index.js` : from === "azbatch/rest" ? `${src}/rest.js` : from,
      ),
    );
    const diagnostics = compile([...files, runFile]);
    assert.deepEqual(diagnostics, [], `README snippets do not compile:\n${diagnostics.join("\n")}`);
  });

  describe("the seed's steps against nock", () => {
    useNock();

    it("authenticate with shared key, create a pool, a job, a task, list completed tasks", async () => {
      assert.isNotEmpty(runFile, "needs the compile test first");
      const replies = (request: RecordedRequest): Reply => {
        if (request.method === "GET") {
          return {
            status: 200,
            body: {
              value: [
                {
                  id: "my-task",
                  executionInfo: { exitCode: 0, retryCount: 0, requeueCount: 0, endTime: "2025-02-17T00:00:00Z" },
                },
              ],
            },
            headers: { "request-id": REQUEST_ID },
          };
        }
        return {
          status: 201,
          headers: {
            "request-id": REQUEST_ID,
            ETag: "0x8D3D623CD661246",
            "Last-Modified": "Fri, 17 Feb 2025 00:00:00 GMT",
          },
        };
      };
      const requests = interceptAll(replies);
      const printed: unknown[][] = [];
      const log = console.log;
      console.log = (...args: unknown[]) => void printed.push(args);
      try {
        const seed = (await import(pathToFileURL(runFile).href)) as {
          run(e: string, a: string, k: string): Promise<void>;
        };
        await seed.run(ENDPOINT, ACCOUNT, ACCOUNT_KEY);
      } finally {
        console.log = log;
      }

      assert.deepEqual(
        requests.map((r) => `${r.method} ${r.path}`),
        ["POST /pools", "POST /jobs", "POST /jobs/my-job/tasks", "GET /jobs/my-job/tasks"],
      );
      for (const r of requests) {
        assert.match(r.headers.authorization!, new RegExp(`^SharedKey ${ACCOUNT}:`));
        assert.strictEqual(r.query["api-version"], expectedApiVersion);
        assert.isString(r.headers["ocp-date"]);
        if (r.method === "POST") assert.strictEqual(r.headers["content-type"], BODY_CONTENT_TYPE);
      }
      assert.deepEqual(requests[0]!.body, {
        id: "my-pool",
        vmSize: "standard_d2_v2",
        targetDedicatedNodes: 1,
        virtualMachineConfiguration: {
          imageReference: {
            publisher: "MicrosoftWindowsServer",
            offer: "WindowsServer",
            sku: "2016-Datacenter-smalldisk",
          },
          nodeAgentSKUId: "batch.node.windows amd64",
        },
      });
      assert.deepEqual(requests[1]!.body, { id: "my-job", poolInfo: { poolId: "my-pool" } });
      assert.deepEqual(requests[2]!.body, { id: "my-task", commandLine: 'cmd /c "echo Hello World"' });
      assert.deepEqual(requests[3]!.query, {
        "api-version": expectedApiVersion,
        $filter: "state eq 'completed'",
        $select: "id,executionInfo",
      });
      assert.deepEqual(printed, [["my-task", 0]]);
    });
  });
});
