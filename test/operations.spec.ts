/// <reference types="mocha" />
// Every operation of the spec is one method on BatchClient, and every example
// of the spec is driven through the wire tests of its group.

import { assert } from "chai";
import { BatchClient } from "../src/index.js";
import { methodName, operationGroup, specExamples, specOperations } from "./utils/spec.js";

/** The method list, written out by hand: the spec and the client must both agree with it. */
const EXPECTED: Record<string, string[]> = {
  Applications: ["listApplications", "getApplication"],
  Pools: [
    "listPools",
    "createPool",
    "getPool",
    "updatePool",
    "replacePoolProperties",
    "deletePool",
    "poolExists",
    "resizePool",
    "stopPoolResize",
    "removeNodes",
    "enablePoolAutoScale",
    "disablePoolAutoScale",
    "evaluatePoolAutoScale",
    "listPoolNodeCounts",
    "listSupportedImages",
  ],
  Jobs: [
    "listJobs",
    "listJobsFromSchedule",
    "createJob",
    "getJob",
    "replaceJob",
    "updateJob",
    "deleteJob",
    "disableJob",
    "enableJob",
    "terminateJob",
    "getJobTaskCounts",
    "listJobPreparationAndReleaseTaskStatus",
  ],
  JobSchedules: [
    "listJobSchedules",
    "createJobSchedule",
    "getJobSchedule",
    "replaceJobSchedule",
    "updateJobSchedule",
    "deleteJobSchedule",
    "jobScheduleExists",
    "disableJobSchedule",
    "enableJobSchedule",
    "terminateJobSchedule",
  ],
  Tasks: [
    "listTasks",
    "createTask",
    "createTaskCollection",
    "getTask",
    "replaceTask",
    "deleteTask",
    "reactivateTask",
    "terminateTask",
    "listSubTasks",
    "listTaskFiles",
    "downloadTaskFile",
    "getTaskFileProperties",
    "deleteTaskFile",
  ],
  Nodes: [
    "listNodes",
    "getNode",
    "rebootNode",
    "reimageNode",
    "startNode",
    "deallocateNode",
    "disableNodeScheduling",
    "enableNodeScheduling",
    "getNodeRemoteLoginSettings",
    "uploadNodeLogs",
    "createNodeUser",
    "replaceNodeUser",
    "deleteNodeUser",
    "listNodeExtensions",
    "getNodeExtension",
    "listNodeFiles",
    "downloadNodeFile",
    "getNodeFileProperties",
    "deleteNodeFile",
  ],
};

describe("operations: every Batch operation is a BatchClient method", () => {
  const operations = [...specOperations().values()];

  it("the spec has 71 operations", () => {
    assert.lengthOf(operations, 71);
  });

  for (const op of operations) {
    it(`${op.operationId} → BatchClient.${methodName(op.operationId)}`, () => {
      assert.isFunction(
        (BatchClient.prototype as unknown as Record<string, unknown>)[methodName(op.operationId)],
        `BatchClient has no method ${methodName(op.operationId)} for ${op.operationId}`,
      );
    });
  }

  it("all 71 methods are present, named as listed here, group by group", () => {
    const fromSpec: Record<string, string[]> = {};
    for (const op of operations) (fromSpec[operationGroup(op.operationId)] ??= []).push(methodName(op.operationId));
    assert.sameMembers(Object.keys(fromSpec), Object.keys(EXPECTED));
    for (const [group, methods] of Object.entries(EXPECTED)) {
      assert.sameMembers(fromSpec[group]!, methods, group);
    }
    const all = Object.values(EXPECTED).flat();
    assert.lengthOf(new Set(all), 71);
    const missing = all.filter(
      (m) => typeof (BatchClient.prototype as unknown as Record<string, unknown>)[m] !== "function",
    );
    assert.deepEqual(missing, [], "methods missing on BatchClient");
  });

  it("every example names an operation of the spec, and every operation has an example", () => {
    const examples = specExamples();
    assert.lengthOf(examples, 100);
    const unknown = examples.filter((e) => !specOperations().has(e.operationId)).map((e) => e.file);
    assert.deepEqual(unknown, []);
    const covered = new Set(examples.map((e) => e.operationId));
    const uncovered = operations.map((o) => o.operationId).filter((id) => !covered.has(id));
    assert.deepEqual(uncovered, [], "operations without an example");
  });
});
