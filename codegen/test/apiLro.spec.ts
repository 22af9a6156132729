// The long-running operations of autorest.md (`azbatch.long-running-operations`): each entry is
// checked against the operations before anything is emitted.
import { expect } from "chai";
import { planLongRunning, type LongRunningConfig } from "../src/emit/apiLro.js";
import type { OperationPlan } from "../src/emit/apiPlan.js";
import type { Parameter } from "../src/model.js";

const param = (name: string): Parameter => ({
  name,
  wireName: name,
  in: "path",
  description: "",
  required: true,
  type: { kind: "string" },
  skipUrlEncoding: false,
});

function plan(
  methodName: string,
  kind: OperationPlan["kind"],
  path: string[],
  extra: Partial<OperationPlan> = {},
): OperationPlan {
  return {
    op: { methodName } as OperationPlan["op"],
    kind,
    group: "pools",
    pathParams: path.map(param),
    ownParams: [],
    optionsType: `${methodName[0].toUpperCase()}${methodName.slice(1)}OptionalParams`,
    resultExpr: "void",
    expectedStatuses: ["202"],
    args: path.map((p) => `${p}: string`),
    argNames: path,
    paramDocs: [],
    returnsDoc: "",
    ...extra,
  };
}

const plans = [
  plan("deletePool", "headers", ["poolId"]),
  plan("resizePool", "headers", ["poolId"], {
    bodyArg: "resizeOptions",
    bodyType: { kind: "model", name: "BatchPoolResizeOptions" },
  }),
  plan("getPool", "json", ["poolId"], { bodyResult: { kind: "model", name: "BatchPool" } }),
  plan("getNode", "json", ["poolId", "nodeId"], { bodyResult: { kind: "model", name: "BatchNode" } }),
  plan("listPools", "paged", []),
];
const lro = (config: Record<string, LongRunningConfig>) => planLongRunning(config, plans);

describe("codegen: long-running operations from autorest.md", () => {
  it("plans an entry: result type, options type and the TSDoc's first sentence", () => {
    const [deleted, resized] = lro({
      deletePool: { poll: "getPool", "until-deleted": ["deleting"] },
      resizePool: { poll: "getPool", until: { allocationState: ["steady"] } },
    });
    expect(deleted).to.include({ resultType: "void", optionsType: "BeginDeletePoolOptionalParams" });
    expect(deleted.summary).to.equal(
      "Sends `deletePool` and returns a poller that completes when the pool is gone (404).",
    );
    expect(resized.resultType).to.equal("BatchPool");
    expect(resized.summary).to.include("with the pool once its `allocationState` is `steady`");
  });

  it("refuses an entry that names no operation, polls with something that is not a read, or has no single condition", () => {
    expect(() => lro({ nothing: { poll: "getPool", while: { state: ["x"] } } })).to.throw(
      /long-running-operations\.nothing: no operation/,
    );
    expect(() => lro({ deletePool: { poll: "listPools", "until-deleted": [] } })).to.throw(
      /does not return a resource/,
    );
    expect(() => lro({ deletePool: { poll: "getPool" } })).to.throw(/exactly one of until-deleted, until, while/);
    expect(() => lro({ deletePool: { poll: "getPool", until: { state: ["a"] }, while: { state: ["b"] } } })).to.throw(
      /exactly one/,
    );
  });

  it("refuses a poll operation needing a path parameter the started one lacks, and a body condition without a body", () => {
    expect(() => lro({ deletePool: { poll: "getNode", while: { state: ["x"] } } })).to.throw(
      /'getNode' needs 'nodeId'/,
    );
    expect(() =>
      lro({ deletePool: { poll: "getPool", while: { state: ["x"] }, "wait-for-transition-when": { kind: "y" } } }),
    ).to.throw(/reads the body, and the operation has none/);
  });
});
