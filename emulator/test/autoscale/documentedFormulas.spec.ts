/**
 * Every formula in the service's autoscale documentation ("Create a formula to
 * automatically scale compute nodes in a Batch pool") evaluated with inputs
 * chosen so that each branch it documents is taken; where the documentation
 * shows the output, the output is compared exactly.
 */
import { expect } from "chai";
import {
  evaluateAutoScale,
  FormulaSyntaxError,
  type EvaluationInput,
  type MetricSample,
} from "../../src/autoscale/index.js";

const NOW = Date.parse("2016-10-13T19:18:47.805Z"); // a Thursday, 19:18 UTC

/** `count` samples of `value`, one each 30 s, the newest `skip` periods before `now`. */
function samples(count: number, value: number | ((i: number) => number), now = NOW, skip = 0): MetricSample[] {
  return Array.from({ length: count }, (_, i) => ({
    time: now - (skip + i) * 30_000,
    value: typeof value === "number" ? value : value(i),
  }));
}

function input(over: Partial<EvaluationInput> = {}): EvaluationInput {
  return { now: NOW, metrics: {}, targetDedicatedNodes: 0, targetLowPriorityNodes: 0, ...over };
}

describe("emulator: autoscale: the documented sample formulas", () => {
  describe("Pending tasks", () => {
    const formula = `startingNumberOfVMs = 1;
maxNumberofVMs = 25;
pendingTaskSamplePercent = $PendingTasks.GetSamplePercent(180 * TimeInterval_Second);
pendingTaskSamples = pendingTaskSamplePercent < 70 ? startingNumberOfVMs : avg($PendingTasks.GetSample(180 * TimeInterval_Second));
$TargetDedicatedNodes=min(maxNumberofVMs, pendingTaskSamples);
$NodeDeallocationOption = taskcompletion;`;

    it("starts with one VM while under 70% of the samples exist", () => {
      const out = evaluateAutoScale(formula, input({ metrics: { PendingTasks: 40 } }));
      expect(out.error).to.equal(undefined);
      expect(out.targetDedicatedNodes).to.equal(1);
      expect(out.nodeDeallocationOption).to.equal("taskcompletion");
      expect(out.results).to.equal(
        "$TargetDedicatedNodes=1;$NodeDeallocationOption=taskcompletion;maxNumberofVMs=25;pendingTaskSamplePercent=16.6666666666667;pendingTaskSamples=1;startingNumberOfVMs=1",
      );
    });

    it("follows the average of the last 180 seconds, capped at 25", () => {
      const avg7 = evaluateAutoScale(formula, input({ history: { PendingTasks: samples(6, (i) => 2 * (i + 1)) } }));
      expect(avg7.targetDedicatedNodes).to.equal(7);
      const capped = evaluateAutoScale(formula, input({ history: { PendingTasks: samples(6, 100) } }));
      expect(capped.targetDedicatedNodes).to.equal(25);
    });
  });

  it("Preempted nodes: each preempted node is replaced by a dedicated one, 25 VMs at most", () => {
    const formula = `maxNumberofVMs = 25;
$TargetDedicatedNodes = min(maxNumberofVMs, $PreemptedNodeCount.GetSample(180 * TimeInterval_Second));
$TargetLowPriorityNodes = min(maxNumberofVMs , maxNumberofVMs - $TargetDedicatedNodes);
$NodeDeallocationOption = taskcompletion;`;
    const none = evaluateAutoScale(formula, input());
    expect(none).to.deep.include({ targetDedicatedNodes: 0, targetLowPriorityNodes: 25 });
    expect(none.results).to.equal(
      "$TargetDedicatedNodes=0;$TargetLowPriorityNodes=25;$NodeDeallocationOption=taskcompletion;maxNumberofVMs=25",
    );
    const three = evaluateAutoScale(formula, input({ history: { PreemptedNodeCount: samples(6, 3) } }));
    expect(three).to.deep.include({ targetDedicatedNodes: 3, targetLowPriorityNodes: 22 });
  });

  describe("Write an autoscale formula (CPU)", () => {
    const formula = `$totalDedicatedNodes =
    (min($CPUPercent.GetSample(TimeInterval_Minute * 10)) > 0.7) ?
    ($CurrentDedicatedNodes * 1.1) : $CurrentDedicatedNodes;
$totalDedicatedNodes =
    (avg($CPUPercent.GetSample(TimeInterval_Minute * 60)) < 0.2) ?
    ($CurrentDedicatedNodes * 0.9) : $totalDedicatedNodes;
$TargetDedicatedNodes = min(400, $totalDedicatedNodes)`;

    it("grows by 10% under high CPU", () => {
      const out = evaluateAutoScale(
        formula,
        input({ metrics: { CurrentDedicatedNodes: 100 }, history: { CPUPercent: samples(120, 0.9) } }),
      );
      expect(out.targetDedicatedNodes).to.equal(110);
      expect(out.results).to.equal(
        "$TargetDedicatedNodes=110;$NodeDeallocationOption=requeue;$totalDedicatedNodes=110",
      );
    });

    it("shrinks by 10% under low CPU and never exceeds 400", () => {
      expect(
        evaluateAutoScale(
          formula,
          input({ metrics: { CurrentDedicatedNodes: 100 }, history: { CPUPercent: samples(120, 0.1) } }),
        ).targetDedicatedNodes,
      ).to.equal(90);
      expect(
        evaluateAutoScale(
          formula,
          input({ metrics: { CurrentDedicatedNodes: 1000 }, history: { CPUPercent: samples(120, 0.9) } }),
        ).targetDedicatedNodes,
      ).to.equal(400);
    });

    it("with $NodeDeallocationOption on the next line and the ';' missing, is a syntax error at that line", () => {
      const missing = `${formula}\n$NodeDeallocationOption = taskcompletion;`;
      expect(() => evaluateAutoScale(missing, input())).to.throw(FormulaSyntaxError, "Line 8, Col 1: Expected ';'");
      const fixed = evaluateAutoScale(
        `${formula};\n$NodeDeallocationOption = taskcompletion;`,
        input({ metrics: { CurrentDedicatedNodes: 10 }, history: { CPUPercent: samples(120, 0.5) } }),
      );
      expect(fixed).to.deep.include({ targetDedicatedNodes: 10, nodeDeallocationOption: "taskcompletion" });
    });
  });

  it("5 nodes on Mondays, 1 on the other days", () => {
    const formula = "$TargetDedicatedNodes = (time().weekday == 1 ? 5:1);";
    expect(
      evaluateAutoScale(formula, input({ now: Date.parse("2016-10-17T12:00:00Z") })).targetDedicatedNodes,
    ).to.equal(5);
    expect(evaluateAutoScale(formula, input()).targetDedicatedNodes).to.equal(1);
  });

  it("the working-hours formula with $TargetDedicated (Python sample)", () => {
    const formula = `$curTime = time();
             $workHours = $curTime.hour >= 8 && $curTime.hour < 18; 
             $isWeekday = $curTime.weekday >= 1 && $curTime.weekday <= 5; 
             $isWorkingWeekdayHour = $workHours && $isWeekday; 
             $TargetDedicated = $isWorkingWeekdayHour ? 20:10;`;
    expect(
      evaluateAutoScale(formula, input({ now: Date.parse("2016-10-13T09:00:00Z") })).targetDedicatedNodes,
    ).to.equal(20);
    const evening = evaluateAutoScale(formula, input());
    expect(evening.targetDedicatedNodes).to.equal(10);
    expect(evening.results.startsWith("$TargetDedicated=10;$NodeDeallocationOption=requeue;$curTime=")).to.equal(true);
  });

  it("Evaluate an autoscale formula: the documented results string", () => {
    const formula = `
        $curTime = time();
        $workHours = $curTime.hour >= 8 && $curTime.hour < 18;
        $isWeekday = $curTime.weekday >= 1 && $curTime.weekday <= 5;
        $isWorkingWeekdayHour = $workHours && $isWeekday;
        $TargetDedicatedNodes = $isWorkingWeekdayHour ? 20:10;
    `;
    expect(evaluateAutoScale(formula, input()).results).to.equal(
      "$TargetDedicatedNodes=10;$NodeDeallocationOption=requeue;$curTime=2016-10-13T19:18:47.805Z;$isWeekday=1;$isWorkingWeekdayHour=0;$workHours=0",
    );
  });

  it("the one-line formulas that enable autoscale without resizing, and the spec's examples", () => {
    expect(
      evaluateAutoScale(
        "$TargetDedicatedNodes = $CurrentDedicatedNodes;",
        input({ metrics: { CurrentDedicatedNodes: 3 } }),
      ).targetDedicatedNodes,
    ).to.equal(3);
    expect(evaluateAutoScale("$TargetDedicatedNodes = 0", input()).results).to.equal(
      "$TargetDedicatedNodes=0;$NodeDeallocationOption=requeue",
    );
    expect(evaluateAutoScale("$TargetDedicated=1", input()).results).to.equal(
      "$TargetDedicated=1;$NodeDeallocationOption=requeue",
    );
    expect(evaluateAutoScale("$TargetDedicated=0", input()).targetDedicatedNodes).to.equal(0);
  });

  describe("Example 1: time-based adjustment", () => {
    const formula = `$curTime = time();
$workHours = $curTime.hour >= 8 && $curTime.hour < 18;
$isWeekday = $curTime.weekday >= 1 && $curTime.weekday <= 5;
$isWorkingWeekdayHour = $workHours && $isWeekday;
$TargetDedicatedNodes = $isWorkingWeekdayHour ? 20:10;
$NodeDeallocationOption = taskcompletion;`;

    it("20 nodes in working hours on weekdays, 10 otherwise", () => {
      expect(evaluateAutoScale(formula, input({ now: Date.parse("2016-10-13T17:59:59Z") }))).to.deep.include({
        targetDedicatedNodes: 20,
        nodeDeallocationOption: "taskcompletion",
      });
      expect(
        evaluateAutoScale(formula, input({ now: Date.parse("2016-10-15T12:00:00Z") })).targetDedicatedNodes,
      ).to.equal(10);
      expect(
        evaluateAutoScale(formula, input({ now: Date.parse("2016-10-13T18:00:00Z") })).targetDedicatedNodes,
      ).to.equal(10);
    });

    it("in Mountain Daylight Time with time() + (-6 * TimeInterval_Hour)", () => {
      const mdt = formula.replace("$curTime = time();", "$curTime = time() + (-6 * TimeInterval_Hour);");
      const out = evaluateAutoScale(mdt, input());
      expect(out.targetDedicatedNodes).to.equal(20);
      expect(out.results).to.contain("$curTime=2016-10-13T13:18:47.805Z");
    });
  });

  describe("Example 2: task-based adjustment", () => {
    const formula = `// Get pending tasks for the past 15 minutes.
$samples = $PendingTasks.GetSamplePercent(TimeInterval_Minute * 15);
// If we have fewer than 70 percent data points, we use the last sample point,
// otherwise we use the maximum of last sample point and the history average.
$tasks = $samples < 70 ? max(0,$PendingTasks.GetSample(1)) : max( $PendingTasks.GetSample(1), avg($PendingTasks.GetSample(TimeInterval_Minute * 15)));
// If number of pending tasks is not 0, set targetVM to pending tasks, otherwise
// half of current dedicated.
$targetVMs = $tasks > 0? $tasks:max(0, $TargetDedicatedNodes/2);
// The pool size is capped at 20, if target VM value is more than that, set it
// to 20. This value should be adjusted according to your use case.
$TargetDedicatedNodes = max(0, min($targetVMs, 20));
// Set node deallocation mode - let running tasks finish before removing a node
$NodeDeallocationOption = taskcompletion;`;

    it("uses the last sample while history is short", () => {
      const out = evaluateAutoScale(formula, input({ metrics: { PendingTasks: 7 } }));
      expect(out.targetDedicatedNodes).to.equal(7);
      expect(out.results).to.contain("$tasks=7");
    });

    it("uses the larger of the last sample and the 15-minute average, capped at 20", () => {
      const history = { PendingTasks: samples(30, (i) => (i === 0 ? 4 : 10)) };
      expect(evaluateAutoScale(formula, input({ history })).targetDedicatedNodes).to.equal(9);
      expect(
        evaluateAutoScale(formula, input({ history: { PendingTasks: samples(30, 50) } })).targetDedicatedNodes,
      ).to.equal(20);
    });

    it("halves the pool when nothing is pending", () => {
      expect(evaluateAutoScale(formula, input({ targetDedicatedNodes: 8 })).targetDedicatedNodes).to.equal(4);
    });
  });

  it("Example 3: accounting for parallel tasks", () => {
    const formula = `// Determine whether 70 percent of the samples have been recorded in the past
// 15 minutes; if not, use last sample
$samples = $ActiveTasks.GetSamplePercent(TimeInterval_Minute * 15);
$tasks = $samples < 70 ? max(0,$ActiveTasks.GetSample(1)) : max( $ActiveTasks.GetSample(1),avg($ActiveTasks.GetSample(TimeInterval_Minute * 15)));
// Set the number of nodes to add to one-fourth the number of active tasks
// (the TaskSlotsPerNode property on this pool is set to 4, adjust
// this number for your use case)
$cores = $TargetDedicatedNodes * 4;
$extraVMs = (($tasks - $cores) + 3) / 4;
$targetVMs = ($TargetDedicatedNodes + $extraVMs);
// Attempt to grow the number of compute nodes to match the number of active
// tasks, with a maximum of 3
$TargetDedicatedNodes = max(0,min($targetVMs,3));
// Keep the nodes active until the tasks finish
$NodeDeallocationOption = taskcompletion;`;
    const out = evaluateAutoScale(formula, input({ targetDedicatedNodes: 1, metrics: { ActiveTasks: 6 } }));
    expect(out.error).to.equal(undefined);
    expect(out.targetDedicatedNodes).to.equal(2); // 1 + (6 - 4 + 3) / 4 = 2.25
    expect(out.results).to.contain("$targetVMs=2.25");
    expect(
      evaluateAutoScale(formula, input({ targetDedicatedNodes: 1, metrics: { ActiveTasks: 100 } }))
        .targetDedicatedNodes,
    ).to.equal(3);
  });

  describe("Example 4: setting an initial pool size", () => {
    const created = new Date(NOW - 20 * 60_000).toUTCString(); // RFC 1123, as .NET's ToString("r")
    const formula = `
    $TargetDedicatedNodes = 4;
    lifespan         = time() - time("${created}");
    span             = TimeInterval_Minute * 60;
    startup          = TimeInterval_Minute * 10;
    ratio            = 50;

    $TargetDedicatedNodes = (lifespan > startup ? (max($RunningTasks.GetSample(span, ratio), $ActiveTasks.GetSample(span, ratio)) == 0 ? 0 : $TargetDedicatedNodes) : 4);
    `;

    it("keeps 4 nodes in the first 10 minutes", () => {
      const young = formula.replace(created, new Date(NOW - 5 * 60_000).toUTCString());
      expect(evaluateAutoScale(young, input()).targetDedicatedNodes).to.equal(4);
    });

    it("then goes to 0 when nothing ran or waited in the last hour", () => {
      const out = evaluateAutoScale(
        formula,
        input({ history: { RunningTasks: samples(120, 0), ActiveTasks: samples(120, 0) } }),
      );
      expect(out.error).to.equal(undefined);
      expect(out.targetDedicatedNodes).to.equal(0);
      expect(out.results).to.contain("lifespan=00:20:00");
    });

    it("keeps its size while tasks ran", () => {
      const out = evaluateAutoScale(
        formula,
        input({ history: { RunningTasks: samples(120, (i) => (i === 5 ? 1 : 0)), ActiveTasks: samples(120, 0) } }),
      );
      expect(out.targetDedicatedNodes).to.equal(4);
    });

    it("fails with InsufficientSampleData while under half of the hour's samples exist", () => {
      const out = evaluateAutoScale(
        formula,
        input({ history: { RunningTasks: samples(50, 0), ActiveTasks: samples(120, 0) } }),
      );
      expect(out.targetDedicatedNodes).to.equal(undefined);
      expect(out.error).to.deep.equal({
        code: "InsufficientSampleData",
        message: "Autoscale evaluation failed due to insufficient sample data",
        values: [
          {
            name: "Message",
            value: "Line 8, Col 70: Insufficient data from data set: $RunningTasks wanted 50%, received 41%",
          },
        ],
      });
      expect(out.results).to.contain("$TargetDedicatedNodes=4");
    });
  });

  describe("Obtain sample data", () => {
    it("$CPUPercent.GetSample(TimeInterval_Minute * 5): the last five minutes of CPU", () => {
      const out = evaluateAutoScale(
        "cpu = $CPUPercent.GetSample(TimeInterval_Minute * 5)",
        input({ history: { CPUPercent: samples(40, (i) => i) } }),
      );
      expect(out.results).to.equal("$NodeDeallocationOption=requeue;cpu=[9,8,7,6,5,4,3,2,1,0]");
    });

    it("GetSample(TimeInterval_Minute * 10) gives 20 samples; with the last minute missing 18, so 95% fails and 80% succeeds", () => {
      const full = evaluateAutoScale(
        "n = len($CPUPercent.GetSample(TimeInterval_Minute * 10))",
        input({ history: { CPUPercent: samples(40, 1) } }),
      );
      expect(full.results).to.contain("n=20");
      const history = { CPUPercent: samples(38, 1, NOW, 2) };
      const ninetyFive = evaluateAutoScale(
        "$TargetDedicatedNodes = 1; x = $CPUPercent.GetSample(TimeInterval_Minute * 10, 95)",
        input({ history }),
      );
      expect(ninetyFive.error?.code).to.equal("InsufficientSampleData");
      expect(ninetyFive.error?.values[0]!.value).to.equal(
        "Line 1, Col 44: Insufficient data from data set: $CPUPercent wanted 95%, received 90%",
      );
      const eighty = evaluateAutoScale(
        "x = len($CPUPercent.GetSample(TimeInterval_Minute * 10, 80))",
        input({ history }),
      );
      expect(eighty.error).to.equal(undefined);
      expect(eighty.results).to.contain("x=18");
    });

    it("GetSample(1 * TimeInterval_Minute, 6 * TimeInterval_Minute) gives the ten samples of that window", () => {
      const out = evaluateAutoScale(
        "$runningTasksSample = $RunningTasks.GetSample(1 * TimeInterval_Minute, 6 * TimeInterval_Minute);",
        input({ history: { RunningTasks: samples(40, 1) } }),
      );
      expect(out.results).to.equal("$NodeDeallocationOption=requeue;$runningTasksSample=[1,1,1,1,1,1,1,1,1,1]");
    });

    it("GetSample(60 * TimeInterval_Second, 120 * TimeInterval_Second, 75) requires 75% of the window", () => {
      const formula =
        "$runningTasksSample = $RunningTasks.GetSample(60 * TimeInterval_Second, 120 * TimeInterval_Second, 75);";
      expect(evaluateAutoScale(formula, input({ history: { RunningTasks: samples(10, 2) } })).results).to.contain(
        "$runningTasksSample=[2,2]",
      );
      expect(evaluateAutoScale(formula, input({ history: { RunningTasks: samples(3, 2) } })).error?.code).to.equal(
        "InsufficientSampleData",
      );
    });
  });
});
