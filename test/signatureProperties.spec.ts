/// <reference types="mocha" />
// Shared-key signatures, by property (fast-check): over generated paths (unicode, spaces, `+`,
// `%`, `/`, `'`), query strings (empty values, `+` for spaces, several names), header sets (with and
// without `ocp-range`, conditional headers, content type and length, other `ocp-*` headers) and
// bodies, three independent implementations must agree on every case:
// - the SDK's signer (createSharedKeyCredentialPolicy, run on a pipeline request);
// - @azure/batch 10.2.0's signer (BatchSharedKeyCredentials on an ms-rest-js WebResource);
// - the emulator's verifier (emulator/src/auth.ts), given the request as Node would send it.
// Where the SDK and 10.2.0 decided differently on purpose (a repeated query name: 10.2.0 signs only
// its first value; see src/sharedKeyCredentialPolicy.ts), the SDK must still agree with the
// emulator's verifier, which accepts what real services accept.
// Seeds are fixed so a failure is reproducible; the case counts are printed.

import { assert } from "chai";
import fc from "fast-check";
import { AzureNamedKeyCredential } from "@azure/core-auth";
import {
  createHttpHeaders,
  createPipelineRequest,
  type PipelineRequest,
  type RequestBodyType,
} from "@azure/core-rest-pipeline";
import * as batchOracle from "@azure/batch";
import * as msRest from "@azure/ms-rest-js";
import { verifyRequest } from "../emulator/src/auth.js";
import { createSharedKeyCredentialPolicy } from "../src/sharedKeyCredentialPolicy.js";

const ACCOUNT = "propacct";
const KEY = Buffer.from("property-test-key-not-a-real-secret-0123456789").toString("base64");
const DATE = new Date(Date.UTC(2026, 5, 7, 8, 9, 10));
const HOST = `https://${ACCOUNT}.region.batch.azure.com`;

interface Case {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** Text with the characters that trip canonicalization up, and any other code point. */
const tricky = fc.oneof(
  fc.constantFrom(
    " ",
    "+",
    "%",
    "/",
    "'",
    "&",
    "=",
    "?",
    "#",
    "é",
    "日",
    "😀",
    "~",
    "*",
    "!",
    "(",
    ")",
    "$",
    ",",
    ";",
    ":",
    "@",
  ),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
);
const text = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(tricky, fc.string({ minLength: 1, maxLength: 3 })), { minLength, maxLength })
    .map((parts) => parts.join(""));
/** A path segment: anything but a dot segment (those never leave the SDK). */
const segment = text(1, 4).filter((s) => s !== "." && s !== "..");
const path = fc
  .array(segment, { minLength: 1, maxLength: 4 })
  .map((segments) => "/" + segments.map(encodeURIComponent).join("/"));

/** Query names as the Batch API uses them, plus odd ones. */
const queryName = fc.oneof(
  fc.constantFrom(
    "api-version",
    "timeout",
    "timeOut",
    "$filter",
    "$select",
    "$expand",
    "maxresults",
    "recursive",
    "a",
    "A",
    "b",
  ),
  text(1, 3),
);
const queryValue = fc.oneof(fc.constant(""), text(1, 6));
function encodeQuery(pairs: Array<[string, string]>, form: boolean): string {
  if (pairs.length === 0) return "";
  if (form) return "?" + new URLSearchParams(pairs).toString();
  return "?" + pairs.map(([n, v]) => `${encodeURIComponent(n)}=${encodeURIComponent(v)}`).join("&");
}
const headerValue = fc.stringMatching(/^[!-~]([ -~]{0,20}[!-~])?$/);

function caseArbitrary(repeatedNames: boolean): fc.Arbitrary<Case> {
  const pairs = repeatedNames
    ? fc
        .tuple(
          fc.uniqueArray(fc.tuple(queryName, queryValue), { minLength: 1, maxLength: 4, selector: (p) => p[0] }),
          queryValue,
        )
        .map(([p, extra]) => [...p, [p[0]![0], extra] as [string, string]])
    : fc.uniqueArray(fc.tuple(queryName, queryValue), { maxLength: 5, selector: (p) => p[0] });
  return fc
    .record({
      method: fc.constantFrom("GET", "HEAD", "DELETE", "POST", "PUT", "PATCH"),
      path,
      pairs,
      form: fc.boolean(),
      body: fc.option(text(1, 12), { nil: undefined }),
      range: fc.option(
        fc.tuple(fc.nat(10_000), fc.nat(10_000)).map(([a, b]) => `bytes=${Math.min(a, b)}-${Math.max(a, b)}`),
        { nil: undefined },
      ),
      conditional: fc.subarray(["if-match", "if-none-match", "if-modified-since", "if-unmodified-since"]),
      conditionalValue: headerValue,
      contentType: fc.option(
        fc.constantFrom("application/json; odata=minimalmetadata", "application/json", "text/plain; charset=utf-8"),
        { nil: undefined },
      ),
      explicitLength: fc.boolean(),
      otherOcp: fc.option(fc.tuple(fc.stringMatching(/^ocp-[a-z]{1,8}$/), headerValue), { nil: undefined }),
      clientRequestId: fc.option(fc.uuid(), { nil: undefined }),
    })
    .map((r) => {
      // Batch sends bodies with POST, PUT and PATCH only; a bodiless PUT/PATCH is signed differently
      // by 10.2.0 on purpose (src/sharedKeyCredentialPolicy.ts), and Batch has none.
      const hasBody = r.method === "POST" || r.method === "PUT" || r.method === "PATCH";
      const body = hasBody ? (r.method === "POST" ? r.body : (r.body ?? "{}")) : undefined;
      const headers: Record<string, string> = { "ocp-date": DATE.toUTCString() };
      if (r.range) headers["ocp-range"] = r.range;
      for (const name of r.conditional)
        headers[name] = name.endsWith("since") ? DATE.toUTCString() : `"${r.conditionalValue}"`;
      if (r.contentType) headers["content-type"] = r.contentType;
      if (body !== undefined && r.explicitLength) headers["content-length"] = String(Buffer.byteLength(body));
      if (r.otherOcp && r.otherOcp[0] !== "ocp-date" && r.otherOcp[0] !== "ocp-range")
        headers[r.otherOcp[0]] = r.otherOcp[1];
      if (r.clientRequestId) headers["client-request-id"] = r.clientRequestId;
      return { method: r.method, url: HOST + r.path + encodeQuery(r.pairs, r.form), headers, body };
    });
}

/** The SDK's signature: the policy run on a pipeline request. */
async function sdkAuthorization(c: Case): Promise<PipelineRequest> {
  const request = createPipelineRequest({
    url: c.url,
    method: c.method as "GET",
    headers: createHttpHeaders(c.headers),
    body: c.body as RequestBodyType,
  });
  let sent: PipelineRequest | undefined;
  await createSharedKeyCredentialPolicy(new AzureNamedKeyCredential(ACCOUNT, KEY)).sendRequest(request, async (r) => {
    sent = r;
    return { request: r, status: 200, headers: createHttpHeaders() };
  });
  return sent!;
}

/** @azure/batch 10.2.0's signature. */
async function oracleAuthorization(c: Case): Promise<string> {
  const resource = new msRest.WebResource(c.url, c.method as msRest.HttpMethods, c.body, undefined, { ...c.headers });
  await new batchOracle.BatchSharedKeyCredentials(ACCOUNT, KEY).signRequest(resource);
  return resource.headers.get("authorization")!;
}

/** The emulator's verdict on the request as Node's HTTP client sends it. */
function emulatorAccepts(c: Case, sent: PipelineRequest): { ok: boolean; detail?: string } {
  const url = new URL(sent.url);
  const headers: Record<string, string> = {};
  for (const [name, value] of sent.headers) headers[name.toLowerCase()] = value;
  if (headers["content-length"] === undefined) {
    if (c.body !== undefined && c.body !== "") headers["content-length"] = String(Buffer.byteLength(c.body));
    else if (c.method === "POST" || c.method === "PUT" || c.method === "PATCH") headers["content-length"] = "0";
  }
  const verdict = verifyRequest(
    { method: c.method, url: url.pathname + url.search, headers },
    { accountName: ACCOUNT, accountKey: KEY, allowAnyToken: false, now: DATE },
  );
  return verdict.ok ? { ok: true } : { ok: false, detail: verdict.detail };
}

describe("shared-key signatures by property: SDK signer, @azure/batch 10.2.0 signer, emulator verifier", function () {
  this.timeout(60_000);

  it("agree on 10,000 generated requests (unique query names)", async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(caseArbitrary(false), async (c) => {
        runs++;
        const sent = await sdkAuthorization(c);
        const ours = sent.headers.get("authorization");
        assert.strictEqual(ours, await oracleAuthorization(c), `10.2.0 disagrees on ${JSON.stringify(c)}`);
        const verdict = emulatorAccepts(c, sent);
        assert.isTrue(verdict.ok, `emulator refuses ${JSON.stringify(c)}: ${verdict.detail}`);
      }),
      { numRuns: 10_000, seed: 20261001 },
    );
    assert.strictEqual(runs, 10_000);
  });

  it("the SDK and the emulator agree on 2,000 requests with a repeated query name", async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(caseArbitrary(true), async (c) => {
        runs++;
        const sent = await sdkAuthorization(c);
        const verdict = emulatorAccepts(c, sent);
        assert.isTrue(verdict.ok, `emulator refuses ${JSON.stringify(c)}: ${verdict.detail}`);
      }),
      { numRuns: 2_000, seed: 20261002 },
    );
    assert.strictEqual(runs, 2_000);
  });

  it("a wrong key is refused by the emulator (the verifier is not a yes-machine)", async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary(false), async (c) => {
        const sent = await sdkAuthorization(c);
        const url = new URL(sent.url);
        const headers: Record<string, string> = {};
        for (const [name, value] of sent.headers) headers[name.toLowerCase()] = value;
        const verdict = verifyRequest(
          { method: c.method, url: url.pathname + url.search, headers },
          {
            accountName: ACCOUNT,
            accountKey: Buffer.from("another-key").toString("base64"),
            allowAnyToken: false,
            now: DATE,
          },
        );
        assert.isFalse(verdict.ok);
      }),
      { numRuns: 200, seed: 20261003 },
    );
  });
});
