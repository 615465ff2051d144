import type { Timer } from "../../shared/timer.ts";

/**
 * How long Google's per-minute quotas take to refill. After a 429 nothing is
 * sent for this long: what was spent in the last minute has then expired,
 * whether Google counts in fixed minutes or a sliding one.
 */
export const QUOTA_WINDOW_MS = 60_000;

/**
 * The Sheets reads of one run, paced to a per-minute budget (Google allows
 * 60 reads per minute per user and 300 per project by default). Every read
 * takes a token first, in the order asked; concurrency bounds reads in
 * flight, this bounds reads per minute.
 */
export interface ReadPacer {
  /** Waits until one more read is within the budget, then spends it. */
  take(): Promise<void>;
  /**
   * Google answered 429 all the same (another run, another program on the
   * same account): no read is let through until the quota has refilled.
   * Returns the milliseconds until then, the least a retry should wait.
   */
  quotaExceeded(): number;
}

/** After a 429 the pace drops to this share: the quota left for this run is smaller than configured. */
const SLOWDOWN = 0.8;

/**
 * A token bucket whose burst plus one minute's refill stay a tenth under
 * `perMinute`, so no window of 60 s holds more than nine tenths of the quota
 * even when requests reach Google a little later than they were let go.
 * Reservations are made in call order (the generic cell rate algorithm):
 * `due` is when the next read would be let go if no burst were allowed. A
 * 429 pauses the bucket for a window and slows the pace (once per pause).
 */
export function readPacer(perMinute: number, timer: Timer): ReadPacer {
  const burst = Math.max(1, Math.floor(perMinute / 20));
  let perWindow = Math.max(1, Math.floor(perMinute * 0.9) - burst);
  let interval = QUOTA_WINDOW_MS / perWindow;
  const tolerance = () => (burst - 1) * interval;
  let due = timer.now();
  let pausedUntil = -Infinity;
  return {
    async take() {
      for (;;) {
        const now = timer.now();
        due = Math.max(due, now);
        const wait = due - tolerance() - now;
        due += interval;
        if (wait > 0) await timer.sleep(wait);
        // A 429 that came while this read waited: it waits for the refill too.
        if (timer.now() >= pausedUntil) return;
      }
    },
    quotaExceeded() {
      const now = timer.now();
      if (now >= pausedUntil) {
        perWindow = Math.max(1, Math.floor(perWindow * SLOWDOWN));
        interval = QUOTA_WINDOW_MS / perWindow;
        pausedUntil = now + QUOTA_WINDOW_MS;
      }
      // Empty the bucket; it starts refilling only once the window has passed.
      due = Math.max(due, pausedUntil + tolerance());
      return pausedUntil - now;
    },
  };
}
