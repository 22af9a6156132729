import { expect } from "chai";
import { sign, stringToSign, verifyRequest } from "../src/auth.js";
import type { RunningEmulator } from "../src/index.js";
import { DEV_ACCOUNT_KEY, DEV_ACCOUNT_NAME } from "../src/index.js";
import { API, start, TestClient } from "./helpers.js";

describe("emulator: authentication and api-version", () => {
  let emu: RunningEmulator;
  let client: TestClient;
  before(async () => {
    ({ emu, client } = await start());
  });
  after(() => emu.close());

  it("uses the documented development account", () => {
    expect(emu.accountName).to.equal(DEV_ACCOUNT_NAME);
    expect(emu.accountKey).to.equal(DEV_ACCOUNT_KEY);
    expect(Buffer.from(DEV_ACCOUNT_KEY, "base64").length).to.equal(64);
    expect(emu.endpoint).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("accepts a correctly signed request", async () => {
    const r = await client.get("/pools");
    expect(r.status).to.equal(200);
    expect(r.headers.get("request-id")).to.match(/^[0-9a-f-]{36}$/);
    expect(r.json.value).to.deep.equal([]);
  });

  it("echoes client-request-id only when asked", async () => {
    const id = "11111111-2222-3333-4444-555555555555";
    const asked = await client.get("/pools", {
      headers: { "client-request-id": id, "return-client-request-id": "true" },
    });
    expect(asked.headers.get("client-request-id")).to.equal(id);
    const notAsked = await client.get("/pools", { headers: { "client-request-id": id } });
    expect(notAsked.headers.get("client-request-id")).to.equal(null);
  });

  it("refuses a wrong key with 403 AuthenticationFailed", async () => {
    const r = await client.get("/pools", { key: Buffer.alloc(64, 7).toString("base64") });
    expect(r.status).to.equal(403);
    expect(r.json.code).to.equal("AuthenticationFailed");
    expect(r.json.message.lang).to.equal("en-US");
    expect(r.json.message.value).to.match(/RequestId:/);
    expect(r.json.values[0].key).to.equal("AuthenticationErrorDetail");
    // The string to sign it quotes has the Content-Length as sent: none for a GET.
    expect(r.json.values[0].value).to.contain("string to sign: 'GET\n\n\n\n");
    const post = await client.post("/pools/p/nodes/n/reboot", undefined, {
      key: Buffer.alloc(64, 7).toString("base64"),
    });
    expect(post.status).to.equal(403);
    expect(post.json.values[0].value).to.contain("string to sign: 'POST\n\n\n0\n");
  });

  it("refuses a stale ocp-date (older and newer than 15 minutes)", async () => {
    const old = await client.get("/pools", { date: new Date(Date.now() - 16 * 60_000) });
    expect(old.status).to.equal(403);
    expect(old.json.code).to.equal("AuthenticationFailed");
    const future = await client.get("/pools", { date: new Date(Date.now() + 16 * 60_000) });
    expect(future.status).to.equal(403);
    const slightlyOld = await client.get("/pools", { date: new Date(Date.now() - 5 * 60_000) });
    expect(slightlyOld.status).to.equal(200);
  });

  it("falls back to the Date header when ocp-date is absent", () => {
    const headers: Record<string, string> = { date: new Date().toUTCString() };
    const req = { method: "GET", url: `/pools?api-version=${API}`, headers };
    const v = {
      emptyContentLength: "0",
      lowerCaseQueryNames: false,
      repeatedValues: "lines",
      plusAsSpace: false,
      decodedPath: false,
    } as const;
    const authorization = `SharedKey ${DEV_ACCOUNT_NAME}:${sign(DEV_ACCOUNT_KEY, stringToSign(req, DEV_ACCOUNT_NAME, v))}`;
    const policy = {
      accountName: DEV_ACCOUNT_NAME,
      accountKey: DEV_ACCOUNT_KEY,
      allowAnyToken: false,
      now: new Date(),
    };
    expect(verifyRequest({ ...req, headers: { ...headers, authorization } }, policy).ok).to.equal(true);
    const stale = { date: new Date(Date.now() - 20 * 60_000).toUTCString() };
    expect(verifyRequest({ ...req, headers: { ...stale, authorization } }, policy).ok).to.equal(false);
  });

  it("refuses an unsigned request", async () => {
    const r = await client.get("/pools", { unsigned: true });
    expect(r.status).to.equal(403);
    expect(r.json.code).to.equal("AuthenticationFailed");
  });

  it("accepts an empty body's Content-Length signed as 0 or as empty", async () => {
    await client.post("/jobschedules", { id: "auth-s", schedule: {}, jobSpecification: { poolInfo: { poolId: "x" } } });
    const zero = await client.post("/jobschedules/auth-s/disable");
    expect(zero.status).to.equal(204);
    const blank = await client.post("/jobschedules/auth-s/enable", undefined, { emptyLengthAsBlank: true });
    expect(blank.status).to.equal(204);
  });

  it("accepts query names signed as sent or lower-cased", async () => {
    const asSent = await client.get("/pools", { query: { timeOut: "30" } });
    expect(asSent.status).to.equal(200);
    const lower = await client.get("/pools", { query: { timeOut: "30" }, lowerQueryNames: true });
    expect(lower.status).to.equal(200);
  });

  it("refuses bearer tokens unless allowAnyToken is set", async () => {
    const refused = await client.get("/pools", { unsigned: true, headers: { authorization: "Bearer abc.def.ghi" } });
    expect(refused.status).to.equal(403);
    expect(refused.json.code).to.equal("AuthenticationFailed");
    const other = await start({ allowAnyToken: true });
    try {
      const ok = await other.client.get("/pools", { unsigned: true, headers: { authorization: "Bearer abc.def.ghi" } });
      expect(ok.status).to.equal(200);
      const signed = await other.client.get("/pools");
      expect(signed.status).to.equal(200);
    } finally {
      await other.emu.close();
    }
  });

  it("checks api-version", async () => {
    const wrong = await client.get("/pools?api-version=2020-01-01");
    expect(wrong.status).to.equal(400);
    expect(wrong.json.code).to.equal("UnsupportedRequestVersion");
    const missing = await client.get("/pools", { noApiVersion: true });
    expect(missing.status).to.equal(400);
    expect(missing.json.code).to.equal("MissingRequiredQueryParameter");
  });

  it("answers unknown paths with 404 ResourceNotFound", async () => {
    const r = await client.get("/nothing/here");
    expect(r.status).to.equal(404);
    expect(r.json.code).to.equal("ResourceNotFound");
    expect(r.json["odata.metadata"]).to.match(
      /\$metadata#Microsoft\.Azure\.Batch\.Protocol\.Entities\.Container\.errors\/@Element$/,
    );
  });

  it("answers bad JSON with 400 InvalidRequestBody and missing properties with MissingRequiredProperty", async () => {
    const bad = await client.post("/pools", "{not json");
    expect(bad.status).to.equal(400);
    expect(bad.json.code).to.equal("InvalidRequestBody");
    const missing = await client.post("/pools", { id: "p" });
    expect(missing.status).to.equal(400);
    expect(missing.json.code).to.equal("MissingRequiredProperty");
    expect(missing.json.values).to.deep.include({ key: "PropertyName", value: "vmSize" });
    const invalid = await client.post("/jobs", { id: "bad id!", poolInfo: { poolId: "p" } });
    expect(invalid.status).to.equal(400);
    expect(invalid.json.code).to.equal("InvalidPropertyValue");
  });

  it("answers a body of 1 MB or more with 413 RequestBodyTooLarge", async () => {
    const r = await client.post("/jobs", {
      id: "big",
      poolInfo: { poolId: "p" },
      displayName: "x".repeat(1024 * 1024),
    });
    expect(r.status).to.equal(413);
    expect(r.json.code).to.equal("RequestBodyTooLarge");
  });
});
