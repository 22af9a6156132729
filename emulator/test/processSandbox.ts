/** TEST-ONLY: a directory, data root and owner tag for tests that call startProcess (emulator/src/process.ts) directly. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DataRoot } from "../src/fs/safeFs.js";
import { closeLauncher } from "../src/launcher.js";
import { killOwned, newOwnerTag } from "../src/processTree.js";

/** What {@link useProcessSandbox} gives a suite (set in its `before` hook). */
export interface ProcessSandbox {
  /** The suite's directory (task directories go below it). */
  dir: string;
  /** The data root over {@link ProcessSandbox.dir}. */
  files: DataRoot;
  /** The owner tag of the suite's processes and launchers. */
  ownerTag: string;
}

/**
 * Registers the suite's `before` and `after` hooks: a fresh directory with its data root; at the end
 * the suite's launchers and every process it started are ended and the directory removed.
 * @param prefix - The directory's name prefix in the temporary directory.
 */
export function useProcessSandbox(prefix: string): ProcessSandbox {
  const sandbox = { dir: "", files: undefined as unknown as DataRoot, ownerTag: newOwnerTag() };
  before(() => {
    sandbox.dir = mkdtempSync(join(tmpdir(), prefix));
    sandbox.files = new DataRoot(sandbox.dir);
  });
  after(async () => {
    closeLauncher(sandbox.ownerTag);
    await killOwned(sandbox.ownerTag);
    await sandbox.files.close();
    rmSync(sandbox.dir, { recursive: true, force: true });
  });
  return sandbox;
}
