#!/usr/bin/env node
// The `azbatch-emulator` command. Runs the compiled CLI (dist/) when the package is built, as it
// is when installed from npm; in a source checkout it runs src/cli.ts through tsx instead.
import { existsSync } from "node:fs";

const built = new URL("../dist/cli.js", import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(new URL("../src/cli.ts", import.meta.url).href);
}
