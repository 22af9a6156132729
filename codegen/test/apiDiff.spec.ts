import { join } from "node:path";
import { expect } from "chai";
import { diffServiceModels, formatApiDiff } from "../src/apiDiff.js";
import { loadServiceModel } from "../../scripts/apiDiff.js";

const fixtures = join(import.meta.dirname, "fixtures", "diff");

describe("codegen: api-diff on two small specs with known differences", function () {
  this.timeout(120_000);
  const config = join(fixtures, "autorest.md");
  let text: string;
  let diff: ReturnType<typeof diffServiceModels>;

  before(() => {
    const before = loadServiceModel(config, [`--batch-spec=${join(fixtures, "before.json")}`]);
    const after = loadServiceModel(config, [`--batch-spec=${join(fixtures, "after.json")}`]);
    diff = diffServiceModels(before, after);
    text = formatApiDiff(diff);
  });

  it("finds operations added, removed and changed", () => {
    expect(diff.operationsAdded).to.deep.equal(["Widgets_DeleteWidget"]);
    expect(diff.operationsRemoved).to.deep.equal(["Widgets_WidgetExists"]);
    expect(diff.operationsChanged).to.deep.equal([
      { operationId: "Widgets_GetWidget", what: "parameter `If-None-Match` (header) added" },
    ]);
  });

  it("finds models added and removed", () => {
    expect(diff.modelsAdded).to.deep.equal(["WidgetLabel"]);
    expect(diff.modelsRemoved).to.deep.equal(["WidgetPart"]);
  });

  it("finds properties added, removed and changed, and enum values", () => {
    expect(diff.propertiesAdded).to.deep.equal([
      { model: "Widget", property: "weight", what: "number (float), optional" },
    ]);
    expect(diff.propertiesRemoved).to.deep.equal([{ model: "Widget", property: "homepage", what: "string (uri)" }]);
    expect(diff.propertiesChanged).to.deep.include.members([
      { model: "Widget", property: "parts", what: "type Array<WidgetPart> → Array<WidgetLabel>" },
      { model: "Widget", property: "ratio", what: "type number (float) → string" },
      { model: "Widget", property: "timeout", what: "now read-only" },
      { model: "WidgetCreateOptions", property: "color", what: "now required" },
      { model: "WidgetColor", property: "(values)", what: "value `blue` added" },
    ]);
    expect(diff.propertiesChanged).to.have.length(6); // WidgetCreateOptions.parts changes type too
  });

  it("renders a readable summary", () => {
    expect(text).to.include("# API changes: 2030-01-01 → 2031-01-01");
    expect(text).to.include(
      "Summary: 1 operations added, 1 removed, 1 operation changes; 1 models added, 1 removed; 1 properties added, 1 removed, 6 changed.",
    );
    expect(text).to.include("- `Widget.ratio`: type number (float) → string");
  });
});
