import { describe, expect, it } from "vitest";
import { classifyError } from "../src/sources/google/classify-error.ts";
import { failureDetail } from "../src/sources/google/messages.ts";

const ID = "1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms";

/** An error shaped like the client's (gaxios) for an HTTP answer. */
function httpError(status: number, headers: Record<string, string> = {}, data: unknown = { error: { code: status, message: "Nope." } }) {
  return Object.assign(new Error(`Request failed with status code ${status}`), {
    config: {},
    response: { status, headers: new Headers(headers), data },
  });
}

const retry = (retryAfterMs?: number) => ({ transient: true, retryAfterMs });
const final = (detail: RegExp) => ({ transient: false, detail: expect.stringMatching(detail) });

describe("what an error from the client means", () => {
  it.each([
    ["429 with Retry-After in seconds", httpError(429, { "retry-after": "3" }), retry(3_000)],
    [
      "429 with Retry-After as a date (ignored: backoff applies)",
      httpError(429, { "retry-after": "Wed, 21 Oct 2015 07:28:00 GMT" }),
      retry(),
    ],
    ["408", httpError(408), retry()],
    ["502", httpError(502), retry()],
    ["403 userRateLimitExceeded", httpError(403, {}, { error: { errors: [{ reason: "userRateLimitExceeded" }] } }), retry()],
    ["403", httpError(403), final(/har inte läsbehörighet/)],
    ["404", httpError(404), final(/finns inte/)],
    ["401", httpError(401), final(/inloggningen mot Google misslyckades för kalkylarket \S+ \(Nope\.\)/)],
    ["400", httpError(400), final(/HTTP 400: Nope\./)],
    ["a connection reset", Object.assign(new Error("socket hang up"), { config: {}, code: "ECONNRESET" }), retry()],
    [
      "missing credentials",
      new Error("Could not load the default credentials. Browse to …"),
      final(/gcloud auth application-default login/),
    ],
    ["anything else", new TypeError("x is not a function"), final(/kunde inte läsas \(x is not a function\)/)],
  ])("%s", (_what, error, expected) => {
    const verdict = classifyError(error, ID);
    const summary = verdict.transient
      ? { transient: true, retryAfterMs: verdict.retryAfterMs }
      : { transient: false, detail: failureDetail(verdict.failure) };
    expect(summary).toEqual(expected);
  });
});
