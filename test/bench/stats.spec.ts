/// <reference types="mocha" />
// Tests for the bench's statistics (bench/lib/stats.ts).
import { assert } from "chai";
import { column, interleaved, runConcurrently, summarize } from "../../bench/lib/stats.js";

describe("bench stats", () => {
  it("summarize gives the median of odd and even counts, min and max", () => {
    assert.deepInclude(summarize([5, 1, 3]), { median: 3, min: 1, max: 5 });
    assert.deepInclude(summarize([4, 1, 3, 10]), { median: 3.5, min: 1, max: 10 });
    assert.throws(() => summarize([]), /no samples/);
  });

  it("runConcurrently runs every call once with at most `concurrency` in flight", async () => {
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    await runConcurrently(20, 3, async (i) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setImmediate(r));
      seen.push(i);
      inFlight--;
    });
    assert.strictEqual(most, 3);
    assert.sameMembers(
      seen,
      Array.from({ length: 20 }, (_, i) => i),
    );
  });

  it("interleaved runs subjects in turn, drops warm-up rounds and honours the subject filter", async () => {
    const order: string[] = [];
    const samples = await interleaved(["x", "y"] as const, { warmup: 1, reps: 2 }, async (s, round) => {
      order.push(`${s}${round.index}${round.warmup ? "w" : ""}`);
      return [round.index, 10 * round.index];
    });
    assert.deepEqual(order, ["x0w", "y0w", "x1", "y1", "x2", "y2"]);
    assert.deepEqual(column(samples.get("y")!, 1), [10, 20]);
    const filtered = await interleaved(["x", "y"] as const, { warmup: 0, reps: 1, subjectFilter: "y" }, async () => [
      1,
    ]);
    assert.deepEqual(filtered.get("x"), []);
    assert.deepEqual(filtered.get("y"), [[1]]);
  });
});
