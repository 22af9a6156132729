import { expect } from "chai";
import { X509Certificate } from "node:crypto";
import { readFile } from "node:fs/promises";
import https from "node:https";
import { join } from "node:path";
import { startEmulator, type RunningEmulator } from "../src/index.js";
import { checkBearerToken } from "../src/oauth.js";

/** An unsigned JWT (empty signature) with the given claims. */
export function unsignedJwt(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  return `${part({ alg: "none", typ: "JWT" })}.${part(claims)}.`;
}

const NOW = () => Math.floor(Date.now() / 1000);
const GOOD = () => ({
  aud: "https://batch.core.windows.net/",
  iss: "https://sts.windows.net/00000000-0000-0000-0000-000000000000/",
  exp: NOW() + 3600,
  nbf: NOW() - 60,
});

/** GET over HTTPS trusting `ca` only. */
function get(
  emu: RunningEmulator,
  path: string,
  headers: Record<string, string>,
  ca: string,
): Promise<{ status: number; json: any }> {
  const url = new URL(emu.endpoint);
  return new Promise((resolve, reject) => {
    https
      .get({ host: url.hostname, port: url.port, path, headers, ca }, (res) => {
        let text = "";
        res.on("data", (c) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : undefined }));
      })
      .on("error", reject);
  });
}

describe("emulator: HTTPS and development OAuth", () => {
  let emu: RunningEmulator;
  before(async () => {
    emu = await startEmulator({ port: 0, https: true, oauth: "basic" });
  });
  after(() => emu.close());

  it("serves HTTPS with a generated certificate for 127.0.0.1 and localhost, written to the data dir", async () => {
    expect(emu.endpoint).to.match(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(emu.tls?.certificatePath).to.equal(join(emu.dataDir, "tls", "cert.pem"));
    expect(await readFile(emu.tls!.certificatePath, "utf8")).to.equal(emu.tls!.certificate);
    const cert = new X509Certificate(emu.tls!.certificate);
    expect(cert.checkIP("127.0.0.1")).to.equal("127.0.0.1");
    expect(cert.checkHost("localhost")).to.equal("localhost");
    expect(cert.checkHost("evil.example")).to.equal(undefined);
  });

  it("accepts a bearer JWT for the Batch resource, and refuses the wrong audience, an expired or not-yet-valid token and non-JWTs", async () => {
    const q = "/pools?api-version=2026-10-01";
    const ca = emu.tls!.certificate;
    const ok = await get(emu, q, { authorization: `Bearer ${unsignedJwt(GOOD())}` }, ca);
    expect(ok.status).to.equal(200);
    for (const aud of [
      "https://batch.core.windows.net",
      ["https://management.azure.com/", "https://batch.core.windows.net/"],
      "ddbf3205-c6bd-46ae-8127-60eb93363864",
    ]) {
      expect(
        (await get(emu, q, { authorization: `Bearer ${unsignedJwt({ ...GOOD(), aud })}` }, ca)).status,
        JSON.stringify(aud),
      ).to.equal(200);
    }
    const bad: Record<string, string> = {
      audience: unsignedJwt({ ...GOOD(), aud: "https://storage.azure.com/" }),
      expired: unsignedJwt({ ...GOOD(), exp: NOW() - 3600 }),
      notYet: unsignedJwt({ ...GOOD(), nbf: NOW() + 3600 }),
      noExp: unsignedJwt({ aud: "https://batch.core.windows.net/", iss: "https://sts.windows.net/x/" }),
      noIss: unsignedJwt({ aud: "https://batch.core.windows.net/", exp: NOW() + 3600 }),
      opaque: "abc.def.ghi",
      twoParts: "abc.def",
    };
    for (const [why, token] of Object.entries(bad)) {
      const r = await get(emu, q, { authorization: `Bearer ${token}` }, ca);
      expect(r.status, why).to.equal(403);
      expect(r.json.code, why).to.equal("AuthenticationFailed");
      expect(JSON.stringify(r.json), "the token is never echoed").to.not.contain(token);
    }
  });

  it("skips the signature check (documented): a token with a made-up signature passes", () => {
    const token = unsignedJwt(GOOD()) + "bm90LWEtc2lnbmF0dXJl";
    expect(checkBearerToken(token, new Date())).to.deep.equal({ ok: true });
  });

  it("serves a given certificate and key (--cert/--key)", async () => {
    const again = await startEmulator({
      port: 0,
      https: { cert: emu.tls!.certificatePath, key: join(emu.dataDir, "tls", "key.pem") },
    });
    try {
      expect(again.tls!.certificate).to.equal(emu.tls!.certificate);
      const r = await get(again, "/pools?api-version=2026-10-01", {}, emu.tls!.certificate);
      expect(r.status).to.equal(403);
    } finally {
      await again.close();
    }
  });

  it("refuses the OAuth mode without HTTPS", async () => {
    let error: unknown;
    await startEmulator({ port: 0, oauth: "basic" }).catch((e) => (error = e));
    expect(String(error)).to.match(/needs HTTPS/);
  });
});
