import type { Timer } from "../../shared/timer.ts";

/**
 * How long Google's per-minute quotas take to refill. After a 429 nothing is
 * sent for this long: what was spent in the last minute has then expired,
 * whether Google counts in fixed minutes or a sliding one.
 */
export const QUOTA_WINDOW_MS = 60_000;

/** Share of the quota used: the rest is margin for requests that reach Google a little after they were let go. */
const HEADROOM = 0.9;

/** After a 429 the budget drops to this share: the quota left for this run is smaller than configured. */
const SLOWDOWN = 0.8;

/**
 * The Sheets reads of one run, paced to a per-minute budget (Google allows
 * 60 reads per minute per user and 300 per project by default). Every read
 * takes its turn first, in the order asked; concurrency bounds reads in
 * flight, this bounds reads per minute.
 */
export interface ReadPacer {
  /** Waits until one more read is within the budget, then spends it. */
  take(): Promise<void>;
  /**
   * Google answered 429 all the same (another run, another program on the
   * same account): no read is let through until the quota has refilled, and
   * the budget shrinks. Returns the milliseconds until the refill.
   */
  quotaExceeded(): number;
}

/**
 * The budget as the quota itself is counted: at most nine tenths of
 * `perMinute` reads in any 60 s. A read may go at once while fewer were let
 * go in the last minute, else when the one that many turns before it is a
 * minute old; so a source of a dozen spreadsheets is read at once, and 200
 * reads take a little over three minutes. (A token bucket either lets a
 * minute hold a burst plus a minute's refill, past the quota, or paces even
 * a small source.)
 */
export function readPacer(perMinute: number, timer: Timer): ReadPacer {
  let limit = Math.max(1, Math.floor(perMinute * HEADROOM));
  /** When each read was (or will be) let go, in turn order. */
  const turns: number[] = [];
  let pausedUntil = -Infinity;
  const nextTurn = () => {
    const now = timer.now();
    const minuteAfter = turns.length >= limit ? turns[turns.length - limit]! + QUOTA_WINDOW_MS : -Infinity;
    const at = Math.max(now, minuteAfter, pausedUntil);
    turns.push(at);
    // Only the last `limit` turns matter; keep the list short on long runs.
    if (turns.length > 4 * limit) turns.splice(0, turns.length - limit);
    return at - now;
  };
  return {
    async take() {
      for (;;) {
        const wait = nextTurn();
        if (wait > 0) await timer.sleep(wait);
        // A 429 that came while this read waited: it waits for the refill too.
        if (timer.now() >= pausedUntil) return;
      }
    },
    quotaExceeded() {
      const now = timer.now();
      if (now >= pausedUntil) {
        limit = Math.max(1, Math.floor(limit * SLOWDOWN));
        pausedUntil = now + QUOTA_WINDOW_MS;
      }
      return pausedUntil - now;
    },
  };
}
