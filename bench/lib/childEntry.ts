/**
 * Entry of the bench's child processes: `childEntry.ts <server|job> <module> <export> <json arg>`.
 * - `server`: calls the export, which starts a server and resolves `{ port, info?, close }`; sends
 *   `{ type: "ready", port, info }` to the parent and closes on a "close" message or when the parent goes.
 * - `job`: calls the export and sends `{ type: "result", value }`, then exits.
 * Errors are sent as `{ type: "error", message }` and exit with status 1.
 */
import { pathToFileURL } from "node:url";

const [kind, modulePath, exportName, argJson] = process.argv.slice(2);
const send = (message: unknown): Promise<void> => new Promise((resolve) => process.send!(message, () => resolve()));

try {
  const mod = (await import(pathToFileURL(modulePath).href)) as Record<string, (arg: unknown) => Promise<unknown>>;
  const fn = mod[exportName];
  if (typeof fn !== "function") throw new Error(`${modulePath} has no export ${exportName}`);
  const value = await fn(JSON.parse(argJson));
  if (kind === "server") {
    const server = value as { port: number; info?: unknown; close(): Promise<void> };
    const stop = async (): Promise<void> => {
      await server.close().catch(() => {});
      process.exit(0);
    };
    process.on("message", (m) => m === "close" && void stop());
    process.on("disconnect", () => void stop());
    await send({ type: "ready", port: server.port, info: server.info });
  } else {
    await send({ type: "result", value });
    process.disconnect();
  }
} catch (error) {
  await send({ type: "error", message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
}
