/** Rendering of TSDoc comments for emitted code. */

/**
 * Renders a TSDoc block. Empty text falls back to `fallback`, so every emitted symbol
 * has documentation (API Extractor reports undocumented members).
 */
export function doc(text: string | undefined, fallback: string, tags: string[] = []): string {
  // Spec prose can hold characters TSDoc reads as markup; escape them, but keep the
  // generator's own {@link X} references working.
  const body = (text && text.trim().length > 0 ? text.trim() : fallback)
    .split(/(\{@link [A-Za-z0-9_.]+\})/)
    .map((part, i) => (i % 2 === 1 ? part : escapeTsdoc(part)))
    .join("");
  const lines = [...body.split(/\r?\n/), ...tags];
  return `/**\n${lines.map((l) => (l.length ? ` * ${l}` : " *")).join("\n")}\n */\n`;
}

/** The header written at the top of every generated file. */
export function fileHeader(title: string, apiVersion: string): string {
  return `// Produced by \`npm run generate\` (azbatch-codegen, an AutoRest extension) from the ${title} spec, api-version ${apiVersion}.\n// Do not edit: change the spec, autorest.md or codegen/ and regenerate.\n\n`;
}

function escapeTsdoc(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/\*\//g, "*\\/")
    .replace(/@/g, "\\@")
    .replace(/[{}]/g, (c) => `\\${c}`)
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}
