import { expect } from "chai";
import { UnsupportedConstructError } from "../src/fromCodeModel.js";
import { checkSupportedConstructs } from "../src/specChecks.js";

function spec(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    swagger: "2.0",
    info: { title: "t", version: "1" },
    paths: {
      "/things": {
        get: {
          operationId: "Things_List",
          parameters: [
            { name: "$select", in: "query", type: "array", items: { type: "string" }, collectionFormat: "csv" },
          ],
          responses: { "200": { description: "ok", schema: { $ref: "#/definitions/Thing" } } },
        },
      },
    },
    definitions: { Thing: { type: "object", properties: { id: { type: "string", format: "uri" } } } },
    ...extra,
  };
}

function failureOf(doc: Record<string, unknown>): UnsupportedConstructError {
  try {
    checkSupportedConstructs(doc);
  } catch (e) {
    expect(e).to.be.instanceOf(UnsupportedConstructError);
    return e as UnsupportedConstructError;
  }
  throw new Error("expected the check to fail");
}

describe("codegen: checkSupportedConstructs", () => {
  it("accepts what the emitter supports", () => {
    expect(() => checkSupportedConstructs(spec())).not.to.throw();
  });

  it("names the JSON path of a discriminator", () => {
    const doc = spec();
    (doc.definitions as Record<string, Record<string, unknown>>).Thing.discriminator = "kind";
    expect(failureOf(doc).jsonPath).to.equal('$.definitions["Thing"].discriminator');
  });

  it("names the JSON path of an unknown format", () => {
    const doc = spec();
    (doc.definitions as any).Thing.properties.id.format = "ipv4";
    expect(failureOf(doc).jsonPath).to.equal('$.definitions["Thing"].properties["id"].format');
  });

  it("names the JSON path of an unsupported collectionFormat and operation extension", () => {
    const doc = spec();
    (doc.paths as any)["/things"].get.parameters[0].collectionFormat = "multi";
    expect(failureOf(doc).jsonPath).to.equal('$.paths["/things"].get.parameters[0].collectionFormat');
    const lro = spec();
    (lro.paths as any)["/things"].get["x-ms-long-running-operation"] = true;
    expect(failureOf(lro).jsonPath).to.equal('$.paths["/things"].get.x-ms-long-running-operation');
  });

  it("refuses OpenAPI 3 and formData parameters", () => {
    expect(failureOf({ ...spec(), swagger: "3.0" }).jsonPath).to.equal("$.swagger");
    const doc = spec();
    (doc.paths as any)["/things"].get.parameters[0] = { name: "f", in: "formData", type: "string" };
    expect(failureOf(doc).jsonPath).to.equal('$.paths["/things"].get.parameters[0].in');
  });
});
