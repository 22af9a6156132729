import { expect } from "chai";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

// A task can make a directory tree far deeper than the emulator's descriptor limit (a loop of mkdir
// and chdir). Removing it (the task's or job's files, a node leaving, close()) must neither fail
// nor use a descriptor per level: the removal runs in a node process limited to 256 descriptors,
// and the tree is 3000 levels deep.
describe("emulator: removing a task's very deep directory tree", function () {
  if (process.platform !== "linux") return;
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "azbatch-deep-"));
  });
  // rm -rf, whose walk does not recurse on the stack (fs.rmSync overflows it on such a tree).
  after(() => execFileSync("rm", ["-rf", dir]));

  it("removes a 3000-level tree with at most 256 descriptors, never following a link on the way", () => {
    // The tree, and a link at its bottom to a directory outside that must survive.
    mkdirOutside(join(dir, "outside"));
    execFileSync(
      "perl",
      [
        "-e",
        'mkdir "t" or die; chdir "t" or die; for (1..3000) { mkdir "d" or die; chdir "d" or die } symlink($ARGV[0], "link") or die; open(F, ">f") or die;',
        join(dir, "outside"),
      ],
      { cwd: dir },
    );
    const safeFs = pathToFileURL(join(import.meta.dirname, "../src/fs/safeFs.ts")).href;
    const script = `import { DataRoot } from ${JSON.stringify(safeFs)};
const files = new DataRoot(${JSON.stringify(dir)});
await files.removeTree(${JSON.stringify(join(dir, "t"))});
await files.close();`;
    execFileSync(
      "/bin/sh",
      ["-c", 'ulimit -n 256 && exec "$0" --import tsx --input-type=module -e "$1"', process.execPath, script],
      {
        stdio: ["ignore", "inherit", "inherit"],
        timeout: 50_000,
      },
    );
    expect(existsSync(join(dir, "t"))).to.equal(false);
    expect(existsSync(join(dir, "outside", "keep"))).to.equal(true);
  });
});

function mkdirOutside(path: string): void {
  execFileSync("/bin/sh", ["-c", 'mkdir -p "$0" && : > "$0/keep"', path]);
}
