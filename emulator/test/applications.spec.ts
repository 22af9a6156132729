import { expect } from "chai";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile, access } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import {
  markDefaults,
  packageVariable,
  parseApplicationOption,
  zipEntryParts,
  ApplicationRegistry,
} from "../src/engine/applications.js";
import type { RunningEmulator } from "../src/index.js";
import { start, TestClient } from "./helpers.js";

/** A zip of stored (uncompressed) entries, so that tests can write any entry name, also hostile ones. */
function storedZip(entries: { name: string; data: string; mode?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const data = Buffer.from(e.data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((0o100000 | (e.mode ?? 0o644)) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** A job with an auto pool of one node referencing `refs`, its lifetime the job's. */
function autoPoolJob(id: string, refs: unknown[]) {
  return {
    id,
    poolInfo: {
      autoPoolSpecification: {
        poolLifetimeOption: "job",
        pool: {
          vmSize: "standard_d2s_v3",
          virtualMachineConfiguration: {
            imageReference: { publisher: "canonical", offer: "ubuntu-24_04-lts", sku: "server" },
            nodeAgentSKUId: "batch.node.ubuntu 24.04",
          },
          targetDedicatedNodes: 1,
          applicationPackageReferences: refs,
        },
      },
    },
  };
}

describe("emulator: application packages", () => {
  describe("names and options", () => {
    it("names packages as a Linux node does: case kept, '.', '-' and '#' flattened to '_'", () => {
      expect(packageVariable("blender", "2.7")).to.equal("AZ_BATCH_APP_PACKAGE_blender_2_7");
      expect(packageVariable("My-App", "1.0-beta")).to.equal("AZ_BATCH_APP_PACKAGE_My_App_1_0_beta");
      expect(packageVariable("blender")).to.equal("AZ_BATCH_APP_PACKAGE_blender");
    });

    it("parses --application and --application-default", () => {
      const pkgs = markDefaults([parseApplicationOption("tool@1.0=/opt/a=b@c.zip")], ["TOOL@1.0"]);
      expect(pkgs).to.deep.equal([{ id: "tool", version: "1.0", path: "/opt/a=b@c.zip", isDefault: true }]);
      expect(() => parseApplicationOption("tool=/x")).to.throw(/expected <name>@<version>=<folder-or-zip>/);
      expect(() => markDefaults([], ["x@1"])).to.throw(/names no --application/);
    });

    it("rejects bad ids, versions, duplicates and two defaults", () => {
      expect(() => new ApplicationRegistry([{ id: "a b", version: "1", path: "/x" }])).to.throw(
        /Invalid application id/,
      );
      expect(() => new ApplicationRegistry([{ id: "a", version: ".1", path: "/x" }])).to.throw(/Invalid version/);
      expect(
        () =>
          new ApplicationRegistry([
            { id: "a", version: "1", path: "/x" },
            { id: "A", version: "1", path: "/y" },
          ]),
      ).to.throw(/twice/);
      expect(
        () =>
          new ApplicationRegistry([
            { id: "a", version: "1", path: "/x", isDefault: true },
            { id: "a", version: "2", path: "/y", isDefault: true },
          ]),
      ).to.throw(/two default/);
    });

    it("refuses zip entries that would leave the package directory (zip slip)", () => {
      expect(zipEntryParts("bin/tool")).to.deep.equal(["bin", "tool"]);
      for (const bad of ["../evil", "a/../../evil", "/etc/passwd", "\\evil", "C:evil", "a\\..\\..\\evil", "a\0b"])
        expect(zipEntryParts(bad), bad).to.equal(undefined);
    });
  });

  describe("against the emulator", () => {
    let emu: RunningEmulator;
    let client: TestClient;
    let src: string;
    before(async () => {
      src = await mkdtemp(join(tmpdir(), "azbatch-apps-"));
      await mkdir(join(src, "folder", "bin"), { recursive: true });
      await writeFile(join(src, "folder", "bin", "hello.sh"), "#!/bin/sh\necho hello from the folder\n", {
        mode: 0o755,
      });
      await writeFile(join(src, "secret.txt"), "outside the package");
      await symlink(join(src, "secret.txt"), join(src, "folder", "link.txt"));
      await writeFile(
        join(src, "tool.zip"),
        storedZip([
          { name: "data/readme.txt", data: "zipped" },
          { name: "run.sh", data: "#!/bin/sh\necho zip\n", mode: 0o755 },
        ]),
      );
      await writeFile(
        join(src, "slip.zip"),
        storedZip([
          { name: "ok.txt", data: "fine" },
          { name: "../../../../escaped.txt", data: "escaped" },
        ]),
      );
      ({ emu, client } = await start({
        applications: [
          { id: "folderApp", version: "1.0", path: join(src, "folder"), displayName: "Folder app", isDefault: true },
          { id: "tool", version: "2.1-beta", path: join(src, "tool.zip") },
          { id: "tool", version: "3", path: join(src, "tool.zip") },
          { id: "slip", version: "1", path: join(src, "slip.zip") },
        ],
      }));
      await client.createPool("ap", 1, { applicationPackageReferences: [{ applicationId: "folderApp" }] });
      await client.createJob("aj", "ap");
    });
    after(async () => {
      await emu.close();
      await rm(src, { recursive: true, force: true });
    });

    it("lists and gets the registered applications in the spec's shape", async () => {
      const list = await client.get("/applications");
      expect(list.status).to.equal(200);
      expect(list.json.value).to.deep.equal([
        { id: "folderApp", displayName: "Folder app", versions: ["1.0"] },
        { id: "slip", displayName: "slip", versions: ["1"] },
        { id: "tool", displayName: "tool", versions: ["2.1-beta", "3"] },
      ]);
      const one = await client.get("/applications/TOOL");
      expect(one.status).to.equal(200);
      expect(one.json).to.include({ id: "tool", displayName: "tool" });
      const missing = await client.get("/applications/nope");
      expect(missing.status).to.equal(404);
      expect(missing.json.code).to.equal("ApplicationNotFound");
    });

    it("refuses a pool referencing an unknown package or a version-less reference without default with 409 InvalidApplicationPackageReferences", async () => {
      for (const refs of [
        [{ applicationId: "nope", version: "1" }],
        [{ applicationId: "tool" }],
        [{ applicationId: "tool", version: "9" }],
      ]) {
        const r = await client.post("/pools", {
          id: "bad-apps",
          vmSize: "standard_d2s_v3",
          virtualMachineConfiguration: {
            imageReference: { publisher: "canonical", offer: "ubuntu-24_04-lts", sku: "server" },
            nodeAgentSKUId: "batch.node.ubuntu 24.04",
          },
          targetDedicatedNodes: 0,
          applicationPackageReferences: refs,
        });
        expect(r.status, JSON.stringify(refs)).to.equal(409);
        expect(r.json.code).to.equal("InvalidApplicationPackageReferences");
      }
      expect((await client.get("/pools/bad-apps")).status).to.equal(404);
      const u = await client.post("/pools/ap/updateproperties", {
        applicationPackageReferences: [{ applicationId: "nope" }],
        metadata: [],
      });
      expect(u.status).to.equal(409);
    });

    it("installs the pool's packages at boot and the task's before it runs, where AZ_BATCH_APP_PACKAGE_* point", async () => {
      const r = await client.post("/jobs/aj/tasks", {
        id: "uses",
        commandLine:
          "/bin/sh -c '$AZ_BATCH_APP_PACKAGE_folderApp/bin/hello.sh; cat $AZ_BATCH_APP_PACKAGE_tool_2_1_beta/data/readme.txt; echo; $AZ_BATCH_APP_PACKAGE_tool_3/run.sh; echo $AZ_BATCH_APP_PACKAGE_folderApp_1_0; test -e $AZ_BATCH_APP_PACKAGE_folderApp/link.txt || echo no-link'",
        applicationPackageReferences: [
          { applicationId: "tool", version: "2.1-beta" },
          { applicationId: "tool", version: "3" },
        ],
      });
      expect(r.status).to.equal(201);
      const task = await client.waitTask("aj", "uses");
      const out = (await client.get("/jobs/aj/tasks/uses/files/stdout.txt")).text;
      expect(task.executionInfo.result, out + (await client.get("/jobs/aj/tasks/uses/files/stderr.txt")).text).to.equal(
        "success",
      );
      const root = `${emu.dataDir}/nodes/${task.nodeInfo.nodeId}`;
      expect(out.trim().split("\n")).to.deep.equal([
        "hello from the folder",
        "zipped",
        "zip",
        `${root}/applications/folderApp#1.0`,
        "no-link",
      ]);
    });

    it("installs an auto pool's packages on its nodes at boot, as a pool's", async () => {
      const r = await client.post("/jobs", autoPoolJob("auto-apps", [{ applicationId: "tool", version: "3" }]));
      expect(r.status, r.text).to.equal(201);
      await client.post("/jobs/auto-apps/tasks", {
        id: "t",
        commandLine: "/bin/sh -c '$AZ_BATCH_APP_PACKAGE_tool_3/run.sh'",
      });
      const task = await client.waitTask("auto-apps", "t");
      expect(task.executionInfo.result).to.equal("success");
      expect((await client.get("/jobs/auto-apps/tasks/t/files/stdout.txt")).text).to.equal("zip\n");
      await client.del("/jobs/auto-apps");
    });

    it("makes an auto pool's nodes unusable when it references no registered package (not checked when the job is created)", async () => {
      const r = await client.post("/jobs", autoPoolJob("auto-bad", [{ applicationId: "nope", version: "1" }]));
      expect(r.status, r.text).to.equal(201);
      const poolId = (await client.get("/jobs/auto-bad")).json.executionInfo.poolId as string;
      let node: any;
      await client.settle(async () => {
        node = (await client.get(`/pools/${poolId}/nodes`)).json.value[0];
        return node?.state === "unusable";
      });
      expect(node.errors.map((e: any) => e.code)).to.deep.equal(["InvalidApplicationPackageReferences"]);
      await client.del("/jobs/auto-bad");
    });

    it("gives job preparation and release tasks the pool's package variables", async () => {
      const echo = `/bin/sh -c 'echo "$AZ_BATCH_APP_PACKAGE_folderApp"'`;
      await client.createJob("prep-apps", "ap", {
        jobPreparationTask: { commandLine: echo },
        jobReleaseTask: { commandLine: echo },
      });
      await client.post("/jobs/prep-apps/tasks", { id: "t", commandLine: "/bin/true" });
      const task = await client.waitTask("prep-apps", "t");
      await client.post("/jobs/prep-apps/terminate");
      await client.settle(async () => (await client.get("/jobs/prep-apps")).json.state === "completed");
      const node = task.nodeInfo.nodeId as string;
      const root = `${emu.dataDir}/nodes/${node}`;
      for (const id of ["jobpreparation", "jobrelease"]) {
        const out = await client.get(`/pools/ap/nodes/${node}/files/workitems/prep-apps/job-1/${id}/stdout.txt`);
        expect(out.text, id).to.equal(`${root}/applications/folderApp#1.0\n`);
      }
    });

    it("fails a task referencing an unknown package before its command runs (usererror)", async () => {
      await client.post("/jobs/aj/tasks", {
        id: "unknown",
        commandLine: "/bin/sh -c 'echo ran'",
        applicationPackageReferences: [{ applicationId: "ghost", version: "1" }],
      });
      const task = await client.waitTask("aj", "unknown");
      expect(task.executionInfo.result).to.equal("failure");
      expect(task.executionInfo.failureInfo).to.include({
        category: "usererror",
        code: "InvalidApplicationPackageReferences",
      });
      expect((await client.get("/jobs/aj/tasks/unknown/files/stdout.txt")).text).to.equal("");
    });

    it("applies exitConditions.preProcessingError to a task whose package reference is unknown", async () => {
      await client.createJob("aj-pre", "ap", { usesTaskDependencies: true });
      const refs = [{ applicationId: "ghost", version: "1" }];
      await client.post("/jobs/aj-pre/tasks", {
        id: "pre-sat",
        commandLine: "/bin/true",
        applicationPackageReferences: refs,
        exitConditions: { preProcessingError: { dependencyAction: "satisfy" } },
      });
      await client.post("/jobs/aj-pre/tasks", {
        id: "after-sat",
        commandLine: "/bin/true",
        dependsOn: { taskIds: ["pre-sat"] },
      });
      expect((await client.waitTask("aj-pre", "after-sat")).executionInfo.result).to.equal("success");
      expect((await client.get("/jobs/aj-pre/tasks/pre-sat")).json.executionInfo.failureInfo.code).to.equal(
        "InvalidApplicationPackageReferences",
      );
    });

    it("fails a task whose zip has an entry leaving the package directory, writing nothing outside", async () => {
      await client.post("/jobs/aj/tasks", {
        id: "slip",
        commandLine: "/bin/sh -c 'echo ran'",
        applicationPackageReferences: [{ applicationId: "slip", version: "1" }],
      });
      const task = await client.waitTask("aj", "slip");
      expect(task.executionInfo.failureInfo).to.include({
        category: "servererror",
        code: "ApplicationPackageInstallFailed",
      });
      // yauzl refuses such names itself; zipEntryParts is the second check.
      expect(task.executionInfo.failureInfo.details[0].value).to.match(
        /invalid relative path|outside the package directory/,
      );
      const root = `${emu.dataDir}/nodes/${task.nodeInfo.nodeId}`;
      for (const p of [
        join(root, "escaped.txt"),
        join(emu.dataDir, "escaped.txt"),
        join(root, "applications", "escaped.txt"),
      ]) {
        const exists = await access(p).then(
          () => true,
          () => false,
        );
        expect(exists, p).to.equal(false);
      }
      expect(await readFile(join(root, "applications", "slip#1", "ok.txt"), "utf8")).to.equal("fine");
    });
  });
});
