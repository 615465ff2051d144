import { z } from "zod";
import { ConfigError } from "../shared/errors.ts";
import { spreadsheetIdOf } from "../sources/google/spreadsheet-ref.ts";

/** Everything the Google adapters are configured with, parsed once at the edge. */
export interface GoogleConfig {
  /** The central spreadsheet's id (extracted if the variable holds its address). */
  readonly centralSpreadsheetId: string;
  readonly retry: {
    /** Tries per call, the first included. */
    readonly maxAttempts: number;
    /** Time allowed per spreadsheet, every try and wait included. */
    readonly budgetMs: number;
    readonly baseDelayMs: number;
    readonly maxDelayMs: number;
  };
  /** Each call is abandoned after this long (and retried). */
  readonly timeoutMs: number;
  /** Spreadsheets read at once. */
  readonly concurrency: number;
  /** Sheets reads per minute, every read of a run together (Google's quota per user). */
  readonly readsPerMinute: number;
  /** Another address for the Google APIs, e.g. a local test server; unset in production. */
  readonly rootUrl?: string;
}

export const GOOGLE_ENV = {
  central: "LAGESBILD_CENTRAL_SPREADSHEET",
  maxAttempts: "LAGESBILD_GOOGLE_MAX_ATTEMPTS",
  budgetMs: "LAGESBILD_GOOGLE_RETRY_BUDGET_MS",
  baseDelayMs: "LAGESBILD_GOOGLE_BACKOFF_BASE_MS",
  maxDelayMs: "LAGESBILD_GOOGLE_BACKOFF_MAX_MS",
  timeoutMs: "LAGESBILD_GOOGLE_TIMEOUT_MS",
  concurrency: "LAGESBILD_SHEETS_CONCURRENCY",
  readsPerMinute: "LAGESBILD_SHEETS_READS_PER_MINUTE",
  rootUrl: "LAGESBILD_GOOGLE_ROOT_URL",
} as const;

/** The configuration errors an operator reads, in Swedish, in one place. */
const say = {
  centralMissing: (v: string) => `${v} saknas: ange det centrala Google-kalkylarkets id eller adress.`,
  centralInvalid: (v: string, value: string) =>
    `${v} är varken ett Google-kalkylarks id eller en adress (https://docs.google.com/spreadsheets/d/…): ”${value}”.`,
  integer: (v: string, min: number, max: number, value: string) => `${v} ska vara ett heltal från ${min} till ${max}, men är ”${value}”.`,
  url: (v: string, value: string) => `${v} ska vara en adress som börjar med http:// eller https://, men är ”${value}”.`,
  order: (max: string, base: string) => `${max} får inte vara mindre än ${base}.`,
  heading: "Google-inställningarna är felaktiga:",
};

const central = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const text = value?.trim() ?? "";
    if (text === "") return fail(ctx, say.centralMissing(GOOGLE_ENV.central));
    return spreadsheetIdOf(text) ?? fail(ctx, say.centralInvalid(GOOGLE_ENV.central, text));
  });

const integer = (name: string, fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      const text = value?.trim() ?? "";
      if (text === "") return fallback;
      const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
      return n >= min && n <= max ? n : fail(ctx, say.integer(name, min, max, text));
    });

const rootUrl = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const text = value?.trim() ?? "";
    if (text === "") return undefined;
    return /^https?:\/\/[^\s/]+/.test(text) && URL.canParse(text) ? text : fail(ctx, say.url(GOOGLE_ENV.rootUrl, text));
  });

const schema = z
  .object({
    [GOOGLE_ENV.central]: central,
    [GOOGLE_ENV.maxAttempts]: integer(GOOGLE_ENV.maxAttempts, 6, 1, 10),
    // Past one quota window, so a 429 can wait for the refill and still be retried.
    [GOOGLE_ENV.budgetMs]: integer(GOOGLE_ENV.budgetMs, 180_000, 1_000, 900_000),
    [GOOGLE_ENV.baseDelayMs]: integer(GOOGLE_ENV.baseDelayMs, 1_000, 10, 60_000),
    [GOOGLE_ENV.maxDelayMs]: integer(GOOGLE_ENV.maxDelayMs, 32_000, 10, 300_000),
    [GOOGLE_ENV.timeoutMs]: integer(GOOGLE_ENV.timeoutMs, 20_000, 100, 300_000),
    [GOOGLE_ENV.concurrency]: integer(GOOGLE_ENV.concurrency, 4, 1, 10),
    [GOOGLE_ENV.readsPerMinute]: integer(GOOGLE_ENV.readsPerMinute, 60, 10, 3_000),
    [GOOGLE_ENV.rootUrl]: rootUrl,
  })
  .refine((c) => c[GOOGLE_ENV.maxDelayMs] >= c[GOOGLE_ENV.baseDelayMs], {
    message: say.order(GOOGLE_ENV.maxDelayMs, GOOGLE_ENV.baseDelayMs),
  });

/**
 * The Google configuration from environment variables (see GOOGLE_ENV for the
 * names). Throws a ConfigError that names every problem at once.
 */
export function loadGoogleConfig(env: Readonly<Record<string, string | undefined>>): GoogleConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success)
    throw new ConfigError(
      parsed.error.issues.map((i) => i.message),
      say.heading,
    );
  const c = parsed.data;
  const root = c[GOOGLE_ENV.rootUrl];
  return {
    centralSpreadsheetId: c[GOOGLE_ENV.central],
    retry: {
      maxAttempts: c[GOOGLE_ENV.maxAttempts],
      budgetMs: c[GOOGLE_ENV.budgetMs],
      baseDelayMs: c[GOOGLE_ENV.baseDelayMs],
      maxDelayMs: c[GOOGLE_ENV.maxDelayMs],
    },
    timeoutMs: c[GOOGLE_ENV.timeoutMs],
    concurrency: c[GOOGLE_ENV.concurrency],
    readsPerMinute: c[GOOGLE_ENV.readsPerMinute],
    ...(root !== undefined ? { rootUrl: root } : {}),
  };
}

function fail(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
}
