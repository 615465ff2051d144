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
