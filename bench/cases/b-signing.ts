/**
 * Case b: shared-key signing alone, signatures/s: azbatch's signing policy
 * (createSharedKeyCredentialPolicy, the date set and the signature computed, with a `next` that
 * answers at once) vs @azure/batch 10.2.0's BatchSharedKeyCredentials.signRequest on an
 * ms-rest-js WebResource, both on the same GET with the same headers.
 */
import { AzureNamedKeyCredential } from "@azure/core-auth";
import * as azureBatch from "@azure/batch";
import * as msRest from "@azure/ms-rest-js";
import { createHttpHeaders, createPipelineRequest, type PipelineResponse } from "@azure/core-rest-pipeline";
import { createSharedKeyCredentialPolicy } from "azbatch";
import { medianOf, target } from "../lib/report.js";
import { column, interleaved, secondsSince } from "../lib/stats.js";
import type { BenchCase, MetricGroup } from "../lib/types.js";

const ACCOUNT = "benchacct";
const KEY = Buffer.from("bench-account-key-not-a-secret-0123456789").toString("base64");
const URL_TO_SIGN = `https://${ACCOUNT}.westus.batch.azure.com/jobs/render-job/tasks?api-version=2026-10-01&$select=id,state&maxresults=1000&$filter=state%20eq%20'completed'`;
const HEADERS = {
  accept: "application/json",
  "client-request-id": "8f1f6a7e-2d5b-4f5e-9a53-3c1c2f0e6b11",
  "user-agent": "bench",
};

const SUBJECTS = ["azbatch", "@azure/batch"] as const;

export const signingCase: BenchCase = {
  id: "b",
  title: "Shared-key signing alone",
  async run(ctx) {
    const n = ctx.quick ? 2_000 : 50_000;
    const policy = createSharedKeyCredentialPolicy(new AzureNamedKeyCredential(ACCOUNT, KEY));
    const request = createPipelineRequest({ url: URL_TO_SIGN, method: "GET", headers: createHttpHeaders(HEADERS) });
    const answered = Promise.resolve({ request, status: 200, headers: createHttpHeaders() } satisfies PipelineResponse);
    const next = (): Promise<PipelineResponse> => answered;
    const credentials = new azureBatch.BatchSharedKeyCredentials(ACCOUNT, KEY);
    const resource = new msRest.WebResource(URL_TO_SIGN, "GET", undefined, undefined, { ...HEADERS });
    const sign: Record<(typeof SUBJECTS)[number], () => Promise<unknown>> = {
      azbatch: () => policy.sendRequest(request, next),
      "@azure/batch": () => credentials.signRequest(resource),
    };
    const samples = await interleaved(SUBJECTS, ctx, async (subject, round) => {
      const count = round.warmup ? n >> 2 : n;
      const call = sign[subject];
      const start = process.hrtime.bigint();
      for (let i = 0; i < count; i++) await call();
      return [count / secondsSince(start)];
    });
    const signed = {
      azbatch: request.headers.get("authorization"),
      "@azure/batch": resource.headers.get("authorization"),
    };
    for (const subject of SUBJECTS) {
      if (samples.get(subject)!.length && !signed[subject]?.startsWith(`SharedKey ${ACCOUNT}:`))
        throw new Error(`${subject} did not sign`);
    }
    const group: MetricGroup = {
      id: "signatures",
      title: "Shared-key signatures/s",
      unit: "signatures/s",
      higherIsBetter: true,
      rows: SUBJECTS.map((subject) => ({ subject, samples: column(samples.get(subject)!, 0) })),
      peers: ["@azure/batch"],
    };
    return {
      id: this.id,
      title: this.title,
      groups: [group],
      targets: [
        target(
          "azbatch ≥ 200,000 signatures/s",
          medianOf(group, "azbatch"),
          200_000,
          true,
          (v) => `${Math.round(v).toLocaleString("en-US")}/s`,
        ),
      ],
      notes: [
        `${n.toLocaleString("en-US")} signatures per repetition, one request re-signed each time (a fresh ocp-date per pass), awaited one by one.`,
      ],
    };
  },
};
