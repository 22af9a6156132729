import { expect } from "chai";
import { ManualClock, RealClock } from "../src/index.js";

describe("emulator: clock", () => {
  it("ManualClock: time stands still until advanced; due timers run in time order, each at its own time", async () => {
    const clock = new ManualClock(1_000_000);
    const seen: string[] = [];
    clock.setTimer(300, () => seen.push(`c@${clock.now().getTime()}`));
    clock.setTimer(100, () => {
      seen.push(`a@${clock.now().getTime()}`);
      clock.setTimer(50, () => seen.push(`a2@${clock.now().getTime()}`));
    });
    clock.setTimer(100, () => seen.push(`b@${clock.now().getTime()}`));
    const cancelled = clock.setTimer(200, () => seen.push("cancelled"));
    clock.clearTimer(cancelled);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).to.deep.equal([]);
    expect(clock.now().getTime()).to.equal(1_000_000);
    await clock.advance(299);
    expect(seen).to.deep.equal(["a@1000100", "b@1000100", "a2@1000150"]);
    expect(clock.now().getTime()).to.equal(1_000_299);
    expect(clock.nextDelay()).to.equal(1);
    await clock.advance(1);
    expect(seen.at(-1)).to.equal("c@1000300");
    expect(clock.pending).to.equal(0);
  });

  it("ManualClock.runNext runs only timers within the horizon; runUntil fails after its bound", async () => {
    const clock = new ManualClock(0);
    let fired = false;
    clock.setTimer(10_000, () => (fired = true));
    expect(await clock.runNext(5000)).to.equal(false);
    expect(fired).to.equal(false);
    expect(await clock.runNext()).to.equal(true);
    expect(fired).to.equal(true);
    let error = "";
    await clock.runUntil(() => false, { timeoutMs: 50, what: "nothing" }).catch((e: Error) => (error = e.message));
    expect(error).to.equal("timed out waiting for nothing");
  });

  it("RealClock runs and cancels timers on the wall clock", async () => {
    const clock = new RealClock();
    let ran = 0;
    clock.setTimer(5, () => ran++);
    clock.clearTimer(clock.setTimer(5, () => (ran += 100)));
    const t0 = Date.now();
    while (ran === 0 && Date.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 20));
    expect(ran).to.equal(1);
  });
});
