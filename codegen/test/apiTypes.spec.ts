// codegen/src/emit/apiTypes.ts: the operations' conversion expressions and the model shapes come
// from one table, so they agree for every kind of value, records and arrays of models included.
import { expect } from "chai";
import type { TypeRef } from "../src/model.js";
import { fromWire, shapeConversion, toWire } from "../src/emit/apiTypes.js";

const date: TypeRef = { kind: "string", format: "date-time" };
const widget: TypeRef = { kind: "model", name: "Widget" };

describe("codegen: apiTypes conversions", () => {
  it("renders the same conversion as an expression and as a shape, in both directions", () => {
    expect(toWire(date, "x")).to.equal("x.toISOString()");
    expect(shapeConversion(date, "toWire")).to.equal('"iso"');
    expect(fromWire(date, "x")).to.equal("new Date(x)");
    expect(shapeConversion(date, "fromWire")).to.equal('"date"');
    expect(toWire({ kind: "array", items: widget }, "x")).to.equal("x.map((p) => widgetSerializer(p))");
    expect(shapeConversion({ kind: "array", items: widget }, "toWire")).to.equal("{ items: () => widgetToWire }");
  });

  it("converts a record of models inline (the operations modules import no record helper)", () => {
    const record: TypeRef = { kind: "dictionary", values: widget };
    const converted = new Function("x", "widgetDeserializer", `return ${fromWire(record, "x")};`)(
      { a: { n: 1 } },
      (p: { n: number }) => ({ m: p.n }),
    );
    expect(converted).to.deep.equal({ a: { m: 1 } });
    expect(shapeConversion(record, "fromWire")).to.equal("{ values: () => widgetFromWire }");
  });

  it("passes a plain string, number or array of strings as it is", () => {
    expect(toWire({ kind: "string" }, "x")).to.equal(undefined);
    expect(fromWire({ kind: "array", items: { kind: "string" } }, "x")).to.equal(undefined);
    expect(shapeConversion({ kind: "number", format: "int32" }, "toWire")).to.equal(undefined);
  });
});
