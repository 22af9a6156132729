/**
 * The emulator (emulator/src/index.ts) in its own process. `store: "sqlite"` passes a data
 * directory and asks for the SQLite store; the caller checks the directory afterwards to see
 * which store the emulator really used (an emulator without one keeps its state in memory).
 */
import { startEmulator, type EmulatorOptions } from "../../emulator/src/index.js";
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
    ...(options.store === "sqlite" ? { dataDir: options.dataDir, store: "sqlite" } : {}),
  };
  const emu = await startEmulator(emulatorOptions);
  return { port: Number(new URL(emu.endpoint).port), close: () => emu.close() };
}
