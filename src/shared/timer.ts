/** The clock, sleep and dice that backoff uses: injected, so that tests need not wait. */
export interface Timer {
  /** Milliseconds on a monotonic-enough clock; only differences are used. */
  now(): number;
  sleep(ms: number): Promise<void>;
  /** Uniform in [0, 1), for jitter. */
  random(): number;
}

/** The real clock; only the edges that build a source pick it. */
export const realTimer: Timer = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};
