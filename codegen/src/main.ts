/**
 * The AutoRest extension: receives modelerfour's code model, builds the generator's
 * model and writes `generated/`. AutoRest starts it through `scripts.start`; stdout
 * is AutoRest's JSON-RPC channel, so nothing here may write to it.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { AutoRestExtension, startSession, type AutorestExtensionHost } from "@autorest/extension-base";
import { codeModelSchema, type CodeModel } from "@autorest/codemodel";
import { buildServiceModel, type RawSpec } from "./fromCodeModel.js";
import { generateFiles } from "./generate.js";
import { checkSupportedConstructs } from "./specChecks.js";

async function run(host: AutorestExtensionHost): Promise<void> {
  const session = await startSession<CodeModel>(host, codeModelSchema);
  const inputs = await session.getValue<string | string[]>("input-file");
  const input = [inputs].flat()[0];
  const specPath = input.startsWith("file:") ? fileURLToPath(input) : input;
  const text = readFileSync(specPath, "utf8");

  const pinned = String(await session.getValue<string>("azbatch.spec-sha256", "")).toLowerCase();
  const allowMismatch = await session.getValue<boolean>("azbatch.allow-spec-mismatch", false);
  const actual = createHash("sha256").update(readFileSync(specPath)).digest("hex");
  if (pinned && pinned !== actual && !allowMismatch) {
    session.error(
      `The spec ${specPath} has sha256 ${actual}, but autorest.md pins ${pinned}. ` +
        `Use the pinned file, update the pin, or pass --azbatch.allow-spec-mismatch to generate anyway.`,
      ["azbatch", "SpecHashMismatch"],
    );
    throw new Error("spec hash mismatch");
  }

  const raw = JSON.parse(text) as RawSpec & Record<string, unknown>;
  checkSupportedConstructs(raw);
  const model = buildServiceModel(session.model, raw, {
    methodRenames: await session.getValue("azbatch.method-renames", {}),
    parameterRenames: await session.getValue("azbatch.parameter-renames", {}),
    headerNames: await session.getValue("azbatch.header-names", {}),
  });
  // `--azbatch.emit=service-model` writes the generator's model instead of code (for `npm run api-diff`).
  if ((await session.getValue<string>("azbatch.emit", "code")) === "service-model") {
    host.writeFile({
      filename: "service-model.json",
      content: JSON.stringify(model, null, 2) + "\n",
      artifactType: "source-file-typescript",
    });
    return;
  }
  const files = await generateFiles(model, {
    clientName: await session.getValue("azbatch.client-name", "Client"),
    packageName: await session.getValue("package-name", "client"),
    packageVersion: await session.getValue("package-version", "0.0.0"),
    resultTypeNames: await session.getValue("azbatch.result-type-names", {}),
    modelRenames: await session.getValue("azbatch.model-renames", {}),
    longRunningOperations: await session.getValue("azbatch.long-running-operations", {}),
    longRunningEngine: await session.getValue("azbatch.long-running-engine", ""),
  });
  for (const [filename, content] of files) {
    host.writeFile({ filename, content, artifactType: "source-file-typescript" });
  }
}

const extension = new AutoRestExtension();
extension.add("azbatch-typescript", async (host) => {
  try {
    await run(host);
  } catch (e) {
    host.message({
      Channel: "fatal" as never,
      Text: e instanceof Error ? `${e.message}\n${e.stack ?? ""}` : String(e),
    });
    throw e;
  }
});
void extension.run();
