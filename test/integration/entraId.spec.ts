// BatchClient with a TokenCredential (Entra ID) over HTTPS against the emulator in development
// OAuth mode, trusting the emulator's generated certificate through the pipeline's `tlsOptions`.

import type { AccessToken, TokenCredential } from "@azure/core-auth";
import { assert } from "chai";
import { BatchClient } from "../../src/index.js";
import {
  DevelopmentTokenCredential,
  ManualClock,
  startEmulator,
  type RunningEmulator,
} from "../../emulator/src/index.js";
import { createReadyPool, readText, untilTasksComplete } from "./helpers.js";

/** The emulator's development credential, recording the scopes a client asks for. */
class UnsignedJwtCredential extends DevelopmentTokenCredential {
  readonly scopes: string[] = [];

  override async getToken(scopes: string | string[]): Promise<AccessToken> {
    this.scopes.push(Array.isArray(scopes) ? scopes[0]! : scopes);
    return super.getToken(scopes);
  }
}

describe("integration: Entra ID token over HTTPS (development OAuth mode)", () => {
  let emulator: RunningEmulator;
  /** The emulator's clock: node transitions happen as the helpers advance it. */
  const clock = new ManualClock();
  before(async () => {
    emulator = await startEmulator({ port: 0, https: true, oauth: "basic", clock });
  });
  after(() => emulator.close());

  it("runs pool, job, createTasks and file download with a TokenCredential", async () => {
    const credential = new UnsignedJwtCredential();
    const client = new BatchClient(emulator.endpoint, credential, {
      tlsOptions: { ca: emulator.tls!.certificate },
      retryOptions: { maxRetries: 0 },
    });
    assert.match(emulator.endpoint, /^https:/);
    await createReadyPool({ client, clock }, "entra-pool", 1);
    await client.createJob({ id: "entra-job", poolInfo: { poolId: "entra-pool" } });
    const result = await client.createTasks("entra-job", [
      { id: "a", commandLine: `/bin/sh -c "echo token ok"` },
      { id: "b", commandLine: "true" },
    ]);
    assert.equal(result.created, 2);
    await untilTasksComplete({ client, clock }, "entra-job", 2);
    assert.equal(await readText(await client.downloadTaskFile("entra-job", "a", "stdout.txt")), "token ok\n");
    assert.isAbove(credential.scopes.length, 0);
    assert.isTrue(credential.scopes.every((s) => s === "https://batch.core.windows.net//.default"));
  });

  it("is refused without trusting the certificate, and with a token for another resource", async () => {
    const untrusted = new BatchClient(emulator.endpoint, new UnsignedJwtCredential(), {
      retryOptions: { maxRetries: 0 },
    });
    let tlsError: unknown;
    await untrusted.getPool("entra-pool").catch((e) => (tlsError = e));
    assert.match(String((tlsError as Error)?.message ?? tlsError), /certificate/i);
    const wrongAudience: TokenCredential = {
      getToken: async () => ({
        token: `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(JSON.stringify({ aud: "https://storage.azure.com/", iss: "https://sts.windows.net/x/", exp: Math.floor(Date.now() / 1000) + 3600 })).toString("base64url")}.`,
        expiresOnTimestamp: Date.now() + 3600_000,
      }),
    };
    const other = new BatchClient(emulator.endpoint, wrongAudience, {
      tlsOptions: { ca: emulator.tls!.certificate },
      retryOptions: { maxRetries: 0 },
    });
    let authError: unknown;
    await other.getPool("entra-pool").catch((e) => (authError = e));
    assert.equal((authError as { statusCode?: number }).statusCode, 403);
    assert.equal((authError as { code?: string }).code, "AuthenticationFailed");
  });
});
