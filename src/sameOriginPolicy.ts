// Credentials stay on the account's origin: a pipeline policy that refuses, before anything is
// sent, any request whose URL is not on the client's endpoint origin (scheme, host and port).
// A next link, a continuation token, a URL given to `pathUnchecked` or a redirect followed with
// `allowCrossOriginRedirects` would otherwise carry the shared-key signature or the bearer token
// to another host. BatchClient adds it in the "Sign" phase, ahead of the shared-key signer, so it
// sees every attempt, redirects included; the bearer token policy runs earlier but a refused
// request never leaves the process.

import type { PipelinePolicy } from "@azure/core-rest-pipeline";
import { createClientSideBatchError } from "./batchError.js";

/** The name of the policy {@link createSameOriginPolicy} returns. */
export const sameOriginPolicyName = "batchSameOriginPolicy";

/**
 * Creates the policy that lets through only requests on `endpoint`'s origin.
 * @param endpoint - the account URL.
 * @returns the policy; it rejects other origins with a `BatchError` of code `CrossOriginRequest`.
 * @internal
 */
export function createSameOriginPolicy(endpoint: string): PipelinePolicy {
  const origin = new URL(endpoint).origin;
  return {
    name: sameOriginPolicyName,
    sendRequest(request, next) {
      let target: string;
      try {
        target = new URL(request.url).origin;
      } catch {
        target = "(not an absolute URL)";
      }
      if (target !== origin) {
        return Promise.reject(
          createClientSideBatchError(
            "CrossOriginRequest",
            `A request to ${target} was refused: this client sends only to ${origin}, so that its credentials never leave it. Nothing was sent.`,
            request,
          ),
        );
      }
      return next(request);
    },
  };
}
