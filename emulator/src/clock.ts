/**
 * The one clock of the emulator: every simulated delay (node transitions,
 * deletions, wall clock limits, retention) and every "now" of the engine goes
 * through a {@link Clock}. {@link RealClock} follows the wall clock;
 * {@link ManualClock} moves only when a test advances it.
 */

/** A pending timer of a {@link Clock}. */
export interface ClockTimer {
  /** Simulated time (ms since the epoch) at which it fires. */
  readonly dueAt: number;
}

/** Time source and timer scheduler. */
export interface Clock {
  /** The current time. */
  now(): Date;
  /**
   * Runs `fn` once after `ms` milliseconds of this clock's time.
   * @returns The timer, for {@link Clock.clearTimer}.
   */
  setTimer(ms: number, fn: () => void): ClockTimer;
  /** Cancels a timer (no effect when it already fired). */
  clearTimer(timer: ClockTimer): void;
  /** Runs `fn` on the next turn of the event loop (not a simulated delay: it runs without advancing a manual clock). */
  defer(fn: () => void): void;
}

/** Delays at least this long (100 years, such as the spec's maximum duration) are never armed. */
export const FOREVER_MS = 100 * 365 * 86_400_000;

/** Largest delay Node's timers accept; longer delays are re-armed in steps. */
const MAX_NODE_DELAY = 2_147_483_647;

interface RealTimer extends ClockTimer {
  handle?: NodeJS.Timeout;
  cancelled: boolean;
}

/** The wall clock (`Date.now`, `setTimeout`). Delays longer than ~24.8 days are re-armed in steps. */
export class RealClock implements Clock {
  now(): Date {
    return new Date();
  }

  setTimer(ms: number, fn: () => void): ClockTimer {
    const timer: RealTimer = { dueAt: Date.now() + Math.max(0, ms), cancelled: false };
    const arm = (): void => {
      const left = timer.dueAt - Date.now();
      timer.handle = setTimeout(
        () => {
          if (timer.cancelled) return;
          if (timer.dueAt - Date.now() > 0) arm();
          else fn();
        },
        Math.max(0, Math.min(left, MAX_NODE_DELAY)),
      );
    };
    arm();
    return timer;
  }

  clearTimer(timer: ClockTimer): void {
    const t = timer as RealTimer;
    t.cancelled = true;
    if (t.handle) clearTimeout(t.handle);
  }

  defer(fn: () => void): void {
    setImmediate(fn);
  }
}

interface ManualTimer extends ClockTimer {
  order: number;
  fn: () => void;
  cancelled: boolean;
}

/** Lets pending I/O callbacks and promise continuations run (one real turn of the event loop). */
function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * A clock for tests: time stands still until {@link ManualClock.advance} (or
 * {@link ManualClock.runNext}) moves it; due timers then run in time order.
 */
export class ManualClock implements Clock {
  private current: number;
  private counter = 0;
  private readonly timers: ManualTimer[] = [];

  /** @param start - Start time (default: the wall clock now). */
  constructor(start: Date | number = Date.now()) {
    this.current = typeof start === "number" ? start : start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  setTimer(ms: number, fn: () => void): ClockTimer {
    const timer: ManualTimer = { dueAt: this.current + Math.max(0, ms), order: ++this.counter, fn, cancelled: false };
    this.timers.push(timer);
    return timer;
  }

  clearTimer(timer: ClockTimer): void {
    (timer as ManualTimer).cancelled = true;
    const i = this.timers.indexOf(timer as ManualTimer);
    if (i >= 0) this.timers.splice(i, 1);
  }

  defer(fn: () => void): void {
    setImmediate(fn);
  }

  /** Number of timers waiting to fire. */
  get pending(): number {
    return this.timers.length;
  }

  /** Milliseconds until the next timer fires, or undefined when none is pending. */
  nextDelay(): number | undefined {
    const next = this.earliest();
    return next ? next.dueAt - this.current : undefined;
  }

  /**
   * Moves time forward by `ms`, running every timer that falls due on the way
   * (also timers those timers set), each at its own time, with a real turn of
   * the event loop after each so that I/O continuations can run.
   * @param ms - Milliseconds to advance (>= 0).
   */
  async advance(ms: number): Promise<void> {
    const end = this.current + Math.max(0, ms);
    for (;;) {
      const next = this.earliest();
      if (!next || next.dueAt > end) break;
      this.fire(next);
      await turn();
    }
    this.current = end;
    await turn();
  }

  /**
   * Jumps to the next pending timer and runs it (and any due at the same time).
   * @param horizonMs - Run it only if it is due within this many milliseconds (default: any).
   * @returns True when a timer ran.
   */
  async runNext(horizonMs = Infinity): Promise<boolean> {
    const next = this.earliest();
    if (!next || next.dueAt - this.current > horizonMs) return false;
    await this.advance(next.dueAt - this.current);
    return true;
  }

  /**
   * Waits until `check` holds, moving time forward as needed: while it does
   * not hold, the next timer due within `horizonMs` runs; when none is, real
   * time passes (`pollMs`) so that processes and I/O can progress. Fails
   * after `timeoutMs` of real time (a bound, not a pace: on a fast machine it
   * returns as soon as the check holds).
   * @param check - The condition.
   * @param options - `horizonMs` (default 5000), `timeoutMs` (default 30000), `pollMs` (default 5), `what` (for the error).
   * @throws Error when the condition does not hold in time.
   */
  async runUntil(
    check: () => boolean | Promise<boolean>,
    options: { horizonMs?: number; timeoutMs?: number; pollMs?: number; what?: string } = {},
  ): Promise<void> {
    const deadline = Date.now() + (options.timeoutMs ?? 30_000);
    for (;;) {
      if (await check()) return;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${options.what ?? "a condition"}`);
      if (!(await this.runNext(options.horizonMs ?? 5000)))
        await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 5));
    }
  }

  private earliest(): ManualTimer | undefined {
    let best: ManualTimer | undefined;
    for (const t of this.timers)
      if (!best || t.dueAt < best.dueAt || (t.dueAt === best.dueAt && t.order < best.order)) best = t;
    return best;
  }

  private fire(timer: ManualTimer): void {
    this.timers.splice(this.timers.indexOf(timer), 1);
    this.current = Math.max(this.current, timer.dueAt);
    if (!timer.cancelled) timer.fn();
  }
}
