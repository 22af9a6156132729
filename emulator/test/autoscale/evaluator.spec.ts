import { expect } from "chai";
import { evaluateAutoScale, type EvaluationInput } from "../../src/autoscale/index.js";

const NOW = Date.parse("2026-03-02T10:30:15.250Z"); // a Monday

function run(formula: string, over: Partial<EvaluationInput> = {}) {
  return evaluateAutoScale(formula, {
    now: NOW,
    metrics: {},
    targetDedicatedNodes: 0,
    targetLowPriorityNodes: 0,
    ...over,
  });
}

/** The value of `x` in the results. */
function x(expr: string, over: Partial<EvaluationInput> = {}): string {
  const out = run(`x = ${expr}`, over);
  if (out.error) throw new Error(out.error.values[0]!.value);
  return /(?:^|;)x=([^;]*)/.exec(out.results)![1]!;
}

function failure(formula: string, over: Partial<EvaluationInput> = {}): string {
  const out = run(formula, over);
  expect(out.error, formula).to.not.equal(undefined);
  expect(out.error!.code).to.equal("AutoScalingFormulaEvaluationError");
  expect(out.error!.message).to.equal("Autoscale evaluation failed");
  return out.error!.values[0]!.value;
}

describe("emulator: autoscale: evaluator", () => {
  it("does double arithmetic, comparisons (1/0), logic and the conditional", () => {
    expect(x("1 + 2 * 3 - 4 / 8")).to.equal("6.5");
    expect(x("0.1 + 0.2")).to.equal("0.3");
    expect(x("-(2 - 5)")).to.equal("3");
    expect(x("3 >= 3")).to.equal("1");
    expect(x("3 != 3")).to.equal("0");
    expect(x("!0 && !!2")).to.equal("1");
    expect(x("0 || 0")).to.equal("0");
    expect(x("0 ? 1 : 2")).to.equal("2");
    expect(x("0.5 ? 1 : 2")).to.equal("1");
  });

  it("evaluates only the branch taken and short-circuits && and ||", () => {
    expect(x("1 ? 5 : val($PendingTasks.GetSample(1), 9)")).to.equal("5");
    expect(x("0 && val($PendingTasks.GetSample(1), 9)")).to.equal("0");
    expect(x("1 || val($PendingTasks.GetSample(1), 9)")).to.equal("1");
  });

  it("applies the operators on vectors, time intervals and timestamps", () => {
    const v = { history: { PendingTasks: [1, 2, 3].map((value, i) => ({ time: NOW - (2 - i) * 30_000, value })) } };
    expect(x("$PendingTasks.GetSample(3) * 2", v)).to.equal("[2,4,6]");
    expect(x("10 - $PendingTasks.GetSample(3)", v)).to.equal("[9,8,7]");
    expect(x("$PendingTasks.GetSample(3) + $PendingTasks.GetSample(3)", v)).to.equal("[2,4,6]");
    expect(x("2 * TimeInterval_Minute + TimeInterval_Second / 2")).to.equal("00:02:00.5000000");
    expect(x("TimeInterval_Day * 1.5 - TimeInterval_Hour")).to.equal("1.11:00:00");
    expect(x("-TimeInterval_Minute")).to.equal("-00:01:00");
    expect(x("time() + TimeInterval_Hour")).to.equal("2026-03-02T11:30:15.250Z");
    expect(x('time() - time("2026-03-02T10:00:15.250Z")')).to.equal("00:30:00");
    expect(x('time("Mon, 02 Mar 2026 10:30:15 GMT") < time()')).to.equal("1");
    expect(x("TimeInterval_Minute > 59 * TimeInterval_Second")).to.equal("1");
    expect(x('"abc" < "abd"')).to.equal("1");
    expect(x("taskcompletion == taskcompletion")).to.equal("1");
  });

  it("rejects operators on types they do not apply to, at the operator's position", () => {
    expect(failure('x = 1 + "a"')).to.equal("Line 1, Col 7: Operator '+' does not apply to double and string.");
    expect(failure("x = time() + time()")).to.equal(
      "Line 1, Col 12: Operator '+' does not apply to timestamp and timestamp.",
    );
    expect(failure("x = TimeInterval_Second ? 1 : 2")).to.contain(
      "Expected a double as a condition, not a timeinterval.",
    );
    expect(failure("x = !TimeInterval_Second")).to.contain("Operator '!' does not apply to a timeinterval.");
    const v = { history: { PendingTasks: [{ time: NOW, value: 1 }] } };
    expect(failure("x = $PendingTasks.GetSample(1) + $RunningTasks.GetSample(0)", v)).to.contain(
      "needs vectors of the same length, not 1 and 0",
    );
  });

  it("reads timestamp members in UTC (weekday 1 is Monday)", () => {
    expect(["year", "month", "day", "weekday", "hour", "minute", "second"].map((m) => x(`time().${m}`))).to.deep.equal([
      "2026",
      "3",
      "2",
      "1",
      "10",
      "30",
      "15",
    ]);
    expect(x('time("2026-03-08T00:00:00Z").weekday')).to.equal("0");
    expect(failure("x = time().week")).to.contain("A timestamp has no member 'week'.");
    expect(failure("x = TimeInterval_Second.hour")).to.contain("A timeinterval has no member 'hour'.");
  });

  it("implements the built-in functions over doubleVecLists", () => {
    const v = { history: { CPUPercent: [4, 1, 3, 2].map((value, i) => ({ time: NOW - (3 - i) * 30_000, value })) } };
    const s = "$CPUPercent.GetSample(4)";
    expect(x(`avg(${s}, 10)`, v)).to.equal("4");
    expect(x(`sum(${s}, 10)`, v)).to.equal("20");
    expect(x(`len(${s}, 10, 11)`, v)).to.equal("6");
    expect(x(`max(${s})`, v)).to.equal("4");
    expect(x(`min(0.5, ${s})`, v)).to.equal("0.5");
    expect(x(`range(${s})`, v)).to.equal("3");
    expect(x("norm(3, 4)")).to.equal("5");
    expect(x(`std(${s})`, v)).to.equal("1.29099444873581");
    expect(x("std(7)")).to.equal("0");
    expect(x(`percentile(${s}, 50)`, v)).to.equal("2");
    expect(x(`percentile(${s}, 100)`, v)).to.equal("4");
    expect(x(`percentile(${s}, 0)`, v)).to.equal("1");
    expect(x(`val(${s}, 0)`, v)).to.equal("4");
    expect(x("lg(8)")).to.equal("3");
    expect(x("ln(1)")).to.equal("0");
    expect(x("log(1000)")).to.equal("3");
    expect(x("log(10, 100)")).to.equal("[1,2]");
    expect(x(`lg(${s})`, v)).to.equal("[2,0,1.58496250072116,1]");
    expect(x("rand()", { random: () => 0.25 })).to.equal("0.25");
    expect(x("time()")).to.equal("2026-03-02T10:30:15.250Z");
    expect(x('time("")')).to.equal("2026-03-02T10:30:15.250Z");
  });

  it("reports bad function arguments", () => {
    expect(failure("x = avg($PendingTasks.GetSample(0))")).to.contain("avg() of an empty vector.");
    expect(failure('x = max(1, "a")')).to.contain("max() takes doubles and doubleVecs, not a string.");
    expect(failure("x = val($PendingTasks.GetSample(1), 1)")).to.contain(
      "val() index 1 is outside the vector of length 1.",
    );
    expect(failure("x = percentile($PendingTasks.GetSample(1), 101)")).to.contain(
      "percentile() expects a percentage from 0 to 100, not 101.",
    );
    expect(failure('x = time("not a date")')).to.equal(
      "Line 1, Col 5: time() cannot read 'not a date' as a W3C-DTF or RFC 1123 date and time.",
    );
    expect(failure("x = time(1)")).to.contain("time() expects a string, not a double.");
    expect(failure("x = 1 / 0")).to.contain("'x' evaluated to Infinity.");
  });

  it("stop() ends the evaluation and keeps what was assigned before", () => {
    const out = run("$TargetDedicatedNodes = 2; s = stop(); $TargetDedicatedNodes = 9");
    expect(out.error).to.equal(undefined);
    expect(out.targetDedicatedNodes).to.equal(2);
    expect(out.results).to.equal("$TargetDedicatedNodes=2;$NodeDeallocationOption=requeue");
  });

  it("reads the targets before they are assigned, and the read-only variables' current values", () => {
    expect(
      x("$TargetDedicatedNodes + $TargetLowPriorityNodes", { targetDedicatedNodes: 3, targetLowPriorityNodes: 4 }),
    ).to.equal("7");
    expect(x("$NodeDeallocationOption")).to.equal("requeue");
    expect(x("$pendingtasks * 2", { metrics: { PendingTasks: 21 } })).to.equal("42");
    expect(x("$CPUPercent")).to.equal("0");
  });

  it("the full name of a target wins over its alias, whatever the order; both are listed", () => {
    const out = run("$TargetDedicatedNodes = 3; $TargetDedicated = 5; $TargetLowPriority = 2");
    expect(out).to.deep.include({ targetDedicatedNodes: 3, targetLowPriorityNodes: 2 });
    expect(out.results).to.equal(
      "$TargetDedicatedNodes=3;$TargetDedicated=5;$TargetLowPriority=2;$NodeDeallocationOption=requeue",
    );
  });

  it("rounds targets down to whole nodes, never below 0", () => {
    expect(run("$TargetDedicatedNodes = 2.9").targetDedicatedNodes).to.equal(2);
    expect(run("$TargetDedicatedNodes = -4").targetDedicatedNodes).to.equal(0);
  });

  it("validates what the read-write variables are given", () => {
    expect(failure("$NodeDeallocationOption = 1")).to.contain(
      "$NodeDeallocationOption must be one of requeue, terminate, taskcompletion, retaineddata.",
    );
    expect(failure('$NodeDeallocationOption = "later"')).to.contain("must be one of");
    expect(run('$NodeDeallocationOption = "retaineddata"').nodeDeallocationOption).to.equal("retaineddata");
    expect(failure("$TargetDedicatedNodes = time()")).to.equal(
      "Line 1, Col 1: $TargetDedicatedNodes must be a double, not a timestamp.",
    );
    expect(failure("$TargetLowPriorityNodes = $PendingTasks.GetSample(1)")).to.contain(
      "must be a double, not a doubleVec.",
    );
  });

  it("on an error leaves the targets unset and lists what was assigned before", () => {
    const out = run('$TargetDedicatedNodes = 4; y = 1 + "a"; $TargetLowPriorityNodes = 3');
    expect(out.targetDedicatedNodes).to.equal(undefined);
    expect(out.targetLowPriorityNodes).to.equal(undefined);
    expect(out.results).to.equal("$TargetDedicatedNodes=4;$NodeDeallocationOption=requeue");
  });

  it("lists user variables sorted by name after the targets and the deallocation option", () => {
    const out = run(
      "zeta = 1; $Alpha = 2; beta = TimeInterval_Zero; $NodeDeallocationOption = terminate; $TargetLowPriorityNodes = 1; $TargetDedicatedNodes = 0",
    );
    expect(out.results).to.equal(
      "$TargetDedicatedNodes=0;$TargetLowPriorityNodes=1;$NodeDeallocationOption=terminate;$Alpha=2;beta=00:00:00;zeta=1",
    );
  });
});
