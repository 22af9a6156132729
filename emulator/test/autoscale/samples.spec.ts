import { expect } from "chai";
import { evaluateAutoScale, MetricHistory, SAMPLE_PERIOD_MS, SampleSeries } from "../../src/autoscale/index.js";
import { HISTORY_RETENTION_MS } from "../../src/autoscale/samples.js";

const NOW = Date.parse("2026-03-02T10:00:00Z");

describe("emulator: autoscale: sample data", () => {
  it("SampleSeries gives the last samples oldest first, windows (start, end] and the share of expected samples", () => {
    const s = new SampleSeries(
      [
        { time: NOW + 30_000, value: 99 },
        { time: NOW, value: 3 },
        { time: NOW - 60_000, value: 1 },
        { time: NOW - 30_000, value: 2 },
        { time: NOW - 90_000, value: Number.NaN },
      ],
      NOW,
    );
    expect(s.count()).to.equal(3);
    expect(s.last(2)).to.deep.equal([2, 3]);
    expect(s.last(10)).to.deep.equal([1, 2, 3]);
    expect(s.last(0)).to.deep.equal([]);
    expect(s.window(NOW - 60_000, NOW)).to.deep.equal({ values: [2, 3], percent: 100 });
    expect(s.window(NOW - 120_000, NOW)).to.deep.equal({ values: [1, 2, 3], percent: 75 });
    expect(s.window(NOW, NOW - 120_000).values).to.deep.equal([1, 2, 3]);
    expect(s.historyBegin()).to.equal(NOW - 60_000);
    expect(new SampleSeries([], NOW).historyBegin()).to.equal(NOW);
  });

  it("GetSamplePeriod, Count, HistoryBeginTime and GetSamplePercent with timestamps", () => {
    const history = { PendingTasks: [0, 1, 2, 3].map((i) => ({ time: NOW - i * SAMPLE_PERIOD_MS, value: i })) };
    const out = evaluateAutoScale(
      "p = $PendingTasks.GetSamplePeriod(); c = $PendingTasks.Count(); b = $PendingTasks.HistoryBeginTime(); pct = $PendingTasks.GetSamplePercent(time() - 4 * TimeInterval_Minute, time()); w = $PendingTasks.GetSample(b - TimeInterval_Second, TimeInterval_Minute)",
      { now: NOW, metrics: {}, history, targetDedicatedNodes: 0, targetLowPriorityNodes: 0 },
    );
    expect(out.error).to.equal(undefined);
    expect(out.results).to.equal(
      "$NodeDeallocationOption=requeue;b=2026-03-02T09:58:30.000Z;c=4;p=00:00:30;pct=50;w=[3,2]",
    );
  });

  it("a metric without history has one sample: its current value, taken now", () => {
    const out = evaluateAutoScale(
      "v = $ActiveTasks.GetSample(1); pct = $ActiveTasks.GetSamplePercent(TimeInterval_Minute)",
      {
        now: NOW,
        metrics: { ActiveTasks: 5 },
        targetDedicatedNodes: 0,
        targetLowPriorityNodes: 0,
      },
    );
    expect(out.results).to.equal("$NodeDeallocationOption=requeue;pct=50;v=[5]");
  });

  it("GetSample rejects arguments of the wrong type", () => {
    const out = evaluateAutoScale('v = $ActiveTasks.GetSample("a")', {
      now: NOW,
      metrics: {},
      targetDedicatedNodes: 0,
      targetLowPriorityNodes: 0,
    });
    expect(out.error?.values[0]!.value).to.equal("Line 1, Col 18: Expected a timestamp or timeinterval, not a string.");
  });

  it("MetricHistory takes at most one sample per period and keeps 24 hours", () => {
    const h = new MetricHistory();
    h.record(NOW, { A: 1 });
    h.record(NOW + 10_000, { A: 2 });
    h.record(NOW + SAMPLE_PERIOD_MS, { A: 3, B: 7 });
    expect(h.samples()).to.deep.equal({
      A: [
        { time: NOW, value: 1 },
        { time: NOW + SAMPLE_PERIOD_MS, value: 3 },
      ],
      B: [{ time: NOW + SAMPLE_PERIOD_MS, value: 7 }],
    });
    h.record(NOW + HISTORY_RETENTION_MS + SAMPLE_PERIOD_MS, { A: 4 });
    expect(h.samples().A!.map((s) => s.value)).to.deep.equal([3, 4]);
  });
});
