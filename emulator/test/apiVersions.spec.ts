import { expect } from "chai";
import { SUPPORTED_API_VERSIONS } from "../src/apiVersions.js";
import type { RunningEmulator } from "../src/index.js";
import { start, TestClient } from "./helpers.js";

const VM = {
  imageReference: { publisher: "canonical", offer: "ubuntu-24_04-lts", sku: "server" },
  nodeAgentSKUId: "batch.node.ubuntu 24.04",
};

describe("emulator: api-versions", () => {
  let emu: RunningEmulator;
  let client: TestClient;
  before(async () => {
    ({ emu, client } = await start());
  });
  after(() => emu.close());

  it("accepts every stable version from 2022-01-01.15.0 to 2026-10-01", async () => {
    expect(SUPPORTED_API_VERSIONS).to.include.members([
      "2022-01-01.15.0",
      "2022-10-01.16.0",
      "2023-05-01.17.0",
      "2023-11-01.18.0",
      "2024-02-01.19.0",
      "2024-07-01.20.0",
      "2025-06-01",
      "2026-10-01",
    ]);
    for (const v of SUPPORTED_API_VERSIONS) {
      const r = await client.get(`/pools?api-version=${v}`);
      expect(r.status, v).to.equal(200);
    }
  });

  it("refuses other versions with 400 UnsupportedRequestVersion", async () => {
    for (const v of ["2021-06-01.14.0", "2024-07-01", "2026-10-02", "2025-06-01.22.0", "latest", ""]) {
      const r = await client.get(`/pools?api-version=${encodeURIComponent(v)}`);
      expect(r.status, v).to.equal(400);
      expect(r.json.code, v).to.equal("UnsupportedRequestVersion");
      expect(r.json.values).to.deep.include({ key: "QueryParameterValue", value: v });
    }
  });

  it("accepts and ignores properties later versions removed (certificateReferences, applicationLicenses, targetNodeCommunicationMode, authenticationTokenSettings)", async () => {
    const created = await client.post("/pools?api-version=2022-10-01.16.0", {
      id: "legacy",
      vmSize: "standard_d2s_v3",
      virtualMachineConfiguration: VM,
      certificateReferences: [{ thumbprint: "abc", thumbprintAlgorithm: "sha1" }],
      applicationLicenses: ["maya"],
      targetNodeCommunicationMode: "simplified",
    });
    expect(created.status).to.equal(201);
    const pool = (await client.get("/pools/legacy?api-version=2022-10-01.16.0")).json;
    expect(pool).to.not.have.any.keys("certificateReferences", "applicationLicenses", "targetNodeCommunicationMode");
    await client.post("/jobs", { id: "legacy-job", poolInfo: { poolId: "legacy" } });
    const task = await client.post("/jobs/legacy-job/tasks?api-version=2023-05-01.17.0", {
      id: "t",
      commandLine: "true",
      authenticationTokenSettings: { access: ["job"] },
    });
    expect(task.status).to.equal(201);
    expect((await client.get("/jobs/legacy-job/tasks/t")).json).to.not.have.property("authenticationTokenSettings");
  });

  it("refuses cloudServiceConfiguration pools (retired) with 400 InvalidPropertyValue, also in auto pool specifications", async () => {
    const direct = await client.post("/pools?api-version=2022-01-01.15.0", {
      id: "csc",
      vmSize: "small",
      cloudServiceConfiguration: { osFamily: "6" },
    });
    expect(direct.status).to.equal(400);
    expect(direct.json.code).to.equal("InvalidPropertyValue");
    expect(direct.json.values).to.deep.include({ key: "PropertyName", value: "cloudServiceConfiguration" });
    const auto = await client.post("/jobs", {
      id: "csc-job",
      poolInfo: {
        autoPoolSpecification: {
          poolLifetimeOption: "job",
          pool: { vmSize: "small", cloudServiceConfiguration: { osFamily: "6" } },
        },
      },
    });
    expect(auto.status).to.equal(400);
    expect(auto.json.values).to.deep.include({
      key: "PropertyName",
      value: "poolInfo.autoPoolSpecification.pool.cloudServiceConfiguration",
    });
    expect((await client.get("/jobs/csc-job")).status).to.equal(404);
  });
});
