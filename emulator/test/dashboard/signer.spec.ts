import { expect } from "chai";
import { verifyRequest } from "../../src/auth.js";
import { signSharedKey } from "../../src/dashboard/signer.js";
import { DEV_ACCOUNT_KEY } from "../../src/index.js";

describe("emulator: dashboard request signer", () => {
  const now = new Date("2026-12-01T12:00:00Z");
  const verify = (method: string, url: string, headers: Record<string, string>) =>
    verifyRequest(
      { method, url, headers },
      { accountName: "devbatch", accountKey: DEV_ACCOUNT_KEY, allowAnyToken: false, now },
    );

  it("signs what the emulator's shared-key check accepts: query, ocp-* headers, encoded paths", () => {
    const headers: Record<string, string> = {
      "ocp-date": now.toUTCString(),
      "ocp-range": "bytes=10-99",
      host: "127.0.0.1:1",
    };
    const query: [string, string][] = [
      ["api-version", "2026-10-01"],
      ["$select", "id,state"],
    ];
    const path = "/jobs/job%201/tasks/t-1/files/stdout.txt";
    const authorization = signSharedKey({ method: "GET", path, query, headers }, "devbatch", DEV_ACCOUNT_KEY);
    expect(authorization).to.match(/^SharedKey devbatch:[A-Za-z0-9+/]+=*$/);
    const url = `${path}?api-version=2026-10-01&%24select=id%2Cstate`;
    expect(verify("GET", url, { ...headers, authorization }).ok).to.equal(true);
    // Any change to what was signed is refused.
    expect(verify("GET", url, { ...headers, "ocp-range": "bytes=0-99", authorization }).ok).to.equal(false);
    expect(verify("HEAD", url, { ...headers, authorization }).ok).to.equal(false);
    expect(verify("GET", url.replace("t-1", "t-2"), { ...headers, authorization }).ok).to.equal(false);
    const wrongKey = signSharedKey(
      { method: "GET", path, query, headers },
      "devbatch",
      Buffer.from("another key").toString("base64"),
    );
    expect(verify("GET", url, { ...headers, authorization: wrongKey }).ok).to.equal(false);
  });
});
