/**
 * The emulator as users run it (the built azbatch-emulator package, emulator/dist) in its own
 * process, on plain node (compiled by bench/lib/processes.ts: this file imports packages only). `store` is passed on as an option;
 * `"sqlite"` also passes a data directory (an emulator with an SQLite store keeps it there). The
 * data directory goes back to the parent, which looks in it for an SQLite database to tell which
 * store the emulator really used (an emulator without one keeps its state in memory).
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
  const emulatorOptions: EmulatorOptions & { store?: string } = {
    port: 0,
    timings: options.timings,
    store: options.store,
    ...(options.store === "sqlite" ? { dataDir: options.dataDir } : {}),
  };
  const emu = await startEmulator(emulatorOptions);
  return { port: Number(new URL(emu.endpoint).port), info: { dataDir: emu.dataDir }, close: () => emu.close() };
}
