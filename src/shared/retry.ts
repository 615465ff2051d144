import type { Timer } from "./timer.ts";

/** How hard to try one remote call before giving up. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  readonly maxAttempts: number;
  /** The cap of the first backoff; it doubles each retry up to `maxDelayMs`. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Each try is abandoned after this long. */
  readonly attemptTimeoutMs: number;
}

/** One try's result as the caller classified it: a value, a final failure, or a transient one worth another try. */
export type Try<T, F, C> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly transient: false; readonly failure: F }
  | { readonly ok: false; readonly transient: true; readonly cause: C; readonly retryAfterMs?: number };

export type Retried<T, F, C> =
  | { readonly ok: true; readonly value: T; readonly attempts: number }
  | { readonly ok: false; readonly exhausted: false; readonly failure: F; readonly attempts: number }
  | { readonly ok: false; readonly exhausted: true; readonly last: C; readonly attempts: number };

/**
 * Runs `attempt` until it succeeds, fails for good, or the bounds are reached:
 * `maxAttempts` tries, and no try or wait beyond `deadline` (on the timer's
 * clock). Waits with exponential backoff and full jitter, but never less than
 * the server's Retry-After; if that wait would pass the deadline, gives up at
 * once rather than sleep in vain. Each try gets the time left as its timeout.
 */
export async function withRetry<T, F, C>(
  attempt: (timeoutMs: number) => Promise<Try<T, F, C>>,
  policy: RetryPolicy,
  timer: Timer,
  deadline: number,
): Promise<Retried<T, F, C>> {
  for (let n = 1; ; n++) {
    const timeoutMs = Math.max(1, Math.min(policy.attemptTimeoutMs, Math.floor(deadline - timer.now())));
    const result = await attempt(timeoutMs);
    if (result.ok) return { ok: true, value: result.value, attempts: n };
    if (!result.transient) return { ok: false, exhausted: false, failure: result.failure, attempts: n };
    const wait = Math.max(backoffMs(n, policy, timer), result.retryAfterMs ?? 0);
    if (n >= policy.maxAttempts || timer.now() + wait >= deadline) {
      return { ok: false, exhausted: true, last: result.cause, attempts: n };
    }
    await timer.sleep(wait);
  }
}

/** Full jitter: uniform between 0 and the exponential cap for this retry. */
export function backoffMs(retry: number, policy: Pick<RetryPolicy, "baseDelayMs" | "maxDelayMs">, timer: Pick<Timer, "random">): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(timer.random() * cap);
}
