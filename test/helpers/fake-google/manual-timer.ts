import type { Timer } from "../../../src/shared/timer.ts";

/** A Timer whose sleeps return at once and move its clock on, and whose dice are loaded. */
export interface ManualTimer extends Timer {
  /** Every wait asked for, in ms, in order. */
  readonly sleeps: number[];
}

export function manualTimer(random: () => number = () => 0.5): ManualTimer {
  let clock = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    random,
  };
}

/** What the program is doing elsewhere, so a virtual clock moves on only when it is idle. */
export interface Activity {
  /** Something is in progress (e.g. calls the fake server has not answered). */
  busy(): boolean;
  /** `performance.now()` of the last thing that happened (e.g. a call arriving or being answered). */
  lastAt(): number;
}

/** Real milliseconds without any activity before the virtual clock moves on while some reader may be awake. */
const QUIET_MS = 100;

/**
 * A Timer for several readers at once: each sleep wakes at its own time on a
 * shared virtual clock, earliest first, so concurrent waits overlap as they
 * would in real time instead of adding up. The clock moves on when every one
 * of `readers` is asleep and nothing is busy, or else only after a quiet
 * spell of real time (fewer readers are left, or one is slow to get its
 * request out), so that a reader that is working never sees time jump.
 */
export function virtualTimer(activity: Activity, readers = 1, random: () => number = () => 0.5): ManualTimer {
  let clock = 0;
  let lastAt = performance.now();
  const sleeps: number[] = [];
  const sleepers: { wake: number; order: number; resolve: () => void }[] = [];
  let order = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (!pending) pending = setTimeout(tick, 1);
  };
  const tick = () => {
    pending = undefined;
    if (sleepers.length === 0) return;
    const quietFor = performance.now() - Math.max(lastAt, activity.lastAt());
    const allAsleep = sleepers.length >= readers;
    if (activity.busy() || (!allAsleep && quietFor < QUIET_MS)) return schedule();
    sleepers.sort((a, b) => a.wake - b.wake || a.order - b.order);
    const next = sleepers.shift()!;
    clock = Math.max(clock, next.wake);
    lastAt = performance.now();
    next.resolve();
    schedule();
  };
  return {
    sleeps,
    now: () => clock,
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        sleeps.push(ms);
        sleepers.push({ wake: clock + ms, order: order++, resolve });
        lastAt = performance.now();
        schedule();
      }),
    random,
  };
}
