/// <reference types="mocha" />
// Applications: the spec's examples on the wire, with a shared key and with an Entra ID token.

import { assert } from "chai";
import type { BatchApplication } from "../src/index.js";
import { describeExamples, exampleFile, runExample, useNock } from "./utils/exampleDriver.js";

describeExamples("Applications");
describeExamples("Applications", "bearer");

describe("Applications: typed models", () => {
  useNock();

  it("getApplication returns a BatchApplication", async () => {
    const { result, requests } = await runExample(exampleFile("Applications_GetApplication.json"), "200", "bearer");
    const app = result as BatchApplication;
    assert.isString(app.id);
    assert.isArray(app.versions);
    assert.match(requests[0]!.headers.authorization!, /^Bearer /);
  });
});
