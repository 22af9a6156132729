/**
 * The emulator as users run it (the built azbatch-emulator package, emulator/dist) in its own
 * process, on plain node (compiled by bench/lib/processes.ts: this file imports packages only). `store` is passed on as the
 * emulator's `persistence` option; `"sqlite"` also passes a data directory (the SQLite store keeps
 * its database there). The data directory and the emulator's own `durable` flag go back to the
 * parent, which also looks in the directory for an SQLite database to tell which store was used.
 */
import { startEmulator, type EmulatorOptions } from "azbatch-emulator";
import type { ListeningServer } from "./listen.js";

/** Options of {@link startEmulatorServer}. */
export interface EmulatorServerOptions {
  store: "memory" | "sqlite";
  dataDir: string;
  timings?: EmulatorOptions["timings"];
}

/** Starts the emulator on 127.0.0.1 with the dev account. */
export async function startEmulatorServer(options: EmulatorServerOptions): Promise<ListeningServer> {
  const emulatorOptions: EmulatorOptions = {
    port: 0,
    timings: options.timings,
    persistence: options.store,
    ...(options.store === "sqlite" ? { dataDir: options.dataDir } : {}),
  };
  const emu = await startEmulator(emulatorOptions);
  return {
    port: Number(new URL(emu.endpoint).port),
    info: { dataDir: emu.dataDir, durable: emu.durable },
    close: () => emu.close(),
  };
}
