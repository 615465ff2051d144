import type { FakeReply } from "./router.ts";

const WINDOW_MS = 60_000;

/**
 * Google's per-minute quota on Sheets reads ("Read requests per minute per
 * user"), enforced as strictly as it could be: no more than `perMinute`
 * granted calls in any 60 s, on a clock the test chooses (a manual one, so
 * nothing really waits). A refused call does not count, as at Google.
 */
export class ReadQuota {
  private limit: { readonly perMinute: number; readonly clock: () => number } | undefined;
  /** When each granted call arrived, per user (bearer token), on the quota's clock. */
  private readonly granted = new Map<string, number[]>();
  /** Calls answered 429 by the quota. */
  refused = 0;

  enforce(perMinute: number, clock: () => number = () => performance.now()): this {
    this.limit = { perMinute, clock };
    this.reset();
    return this;
  }

  off(): void {
    this.limit = undefined;
    this.reset();
  }

  reset(): void {
    this.granted.clear();
    this.refused = 0;
  }

  /** A 429 like Sheets' when the call is over the quota; otherwise the call is counted and `undefined` returned. */
  check(user: string): FakeReply | undefined {
    if (!this.limit) return undefined;
    const now = this.limit.clock();
    const times = this.granted.get(user) ?? [];
    this.granted.set(user, times);
    const inWindow = times.filter((t) => t > now - WINDOW_MS).length;
    if (inWindow >= this.limit.perMinute) {
      this.refused++;
      return { status: 429, body: quotaExceeded(this.limit.perMinute) };
    }
    times.push(now);
    return undefined;
  }

  /** The most calls granted to any user within one 60 s window. */
  busiestMinute(): number {
    let most = 0;
    for (const times of this.granted.values()) {
      const sorted = [...times].sort((a, b) => a - b);
      let start = 0;
      for (let end = 0; end < sorted.length; end++) {
        while (sorted[start]! <= sorted[end]! - WINDOW_MS) start++;
        most = Math.max(most, end - start + 1);
      }
    }
    return most;
  }

  /** Granted calls in all. */
  count(): number {
    return [...this.granted.values()].reduce((n, t) => n + t.length, 0);
  }

  /** From the first granted call to the last, in ms on the quota's clock. */
  span(): number {
    const all = [...this.granted.values()].flat();
    return all.length === 0 ? 0 : Math.max(...all) - Math.min(...all);
  }
}

/**
 * The body Sheets sends when the per-minute read quota is spent: status
 * RESOURCE_EXHAUSTED with a google.rpc.ErrorInfo naming the quota, as
 * documented for Google APIs (constructed from that shape, not recorded).
 */
export function quotaExceeded(perMinute: number) {
  return {
    error: {
      code: 429,
      message:
        "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:123456789012'.",
      status: "RESOURCE_EXHAUSTED",
      details: [
        {
          "@type": "type.googleapis.com/google.rpc.ErrorInfo",
          reason: "RATE_LIMIT_EXCEEDED",
          domain: "googleapis.com",
          metadata: {
            service: "sheets.googleapis.com",
            consumer: "projects/123456789012",
            quota_metric: "sheets.googleapis.com/read_requests",
            quota_limit: "ReadRequestsPerMinutePerUser",
            quota_limit_value: String(perMinute),
            quota_location: "global",
          },
        },
        {
          "@type": "type.googleapis.com/google.rpc.Help",
          links: [{ description: "Request a higher quota limit.", url: "https://cloud.google.com/docs/quotas/help/request_increase" }],
        },
      ],
    },
  };
}
