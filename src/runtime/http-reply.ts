/**
 * The HTTP edge shared by the HTTP functions: read the parameters, run the
 * work, answer JSON, and map the known errors to a status (anything else is a
 * logged 500 that tells the caller nothing internal).
 */
import { DateTime } from "luxon";
import { ZONE } from "../indicators/calendar.ts";
import { SourceUnavailableError } from "../app/errors.ts";
import type { Logger } from "../app/log.ts";
import { SAY } from "../app/messages.ts";
import { AppError, BadRequestError, httpStatusOf } from "../shared/errors.ts";

/** The parts of an Express request and response the functions use. */
export interface HttpIn {
  readonly method: string;
  readonly query: Readonly<Record<string, unknown>>;
  readonly body?: unknown;
}
export interface HttpOut {
  status(code: number): HttpOut;
  set(name: string, value: string): HttpOut;
  json(body: unknown): unknown;
}

export interface HttpReply {
  readonly status: number;
  readonly body: { readonly error: string; readonly message: string; readonly [key: string]: unknown };
}

/** Runs `work` and answers 200 with its result, or the error's status and a JSON body. */
export async function replyWith(
  log: Logger,
  req: HttpIn,
  res: HttpOut,
  methods: readonly string[],
  work: () => Promise<unknown>,
): Promise<void> {
  if (!methods.includes(req.method)) {
    res
      .status(405)
      .set("allow", methods.join(", "))
      .json({ error: "method-not-allowed", message: SAY.method(methods.join(" eller ")) });
    return;
  }
  try {
    res.status(200).json(await work());
  } catch (error) {
    const reply = errorReply(error, log);
    res.status(reply.status).json(reply.body);
  }
}

/** The status and body for an error, by its code; unexpected ones are logged with their stack. */
export function errorReply(error: unknown, log: Logger): HttpReply {
  if (error instanceof AppError) {
    const status = httpStatusOf(error);
    if (error instanceof SourceUnavailableError) {
      log.error("source unavailable", { problems: error.problems });
      return { status, body: { error: error.code, message: error.message, problems: error.problems } };
    }
    if (error.code === "report-not-stored") {
      log.error("report not stored", { error });
      return { status, body: { error: error.code, message: `${SAY.reportNotStored} ${error.message}` } };
    }
    if (status >= 500) log.error("run failed", { error });
    return { status, body: { error: error.code, message: error.message } };
  }
  log.error("unexpected error", { error: error instanceof Error ? error : new Error(String(error)) });
  return { status: 500, body: { error: "internal", message: SAY.internal } };
}

/** `report` and `asOf` from the query string or a JSON body (the body wins); both optional, both checked. */
export function reportParams(req: HttpIn): { reportNumber?: number; asOf?: string } {
  const body = typeof req.body === "object" && req.body !== null && !Buffer.isBuffer(req.body) ? (req.body as Record<string, unknown>) : {};
  const pick = (name: string) => {
    const value = body[name] ?? req.query[name];
    return value === undefined || value === null || value === "" ? undefined : String(value);
  };
  const report = pick("report");
  const asOf = pick("asOf");
  if (report !== undefined && !/^[1-9]\d{0,3}$/.test(report)) throw new BadRequestError(SAY.reportNumber(report));
  if (asOf !== undefined) checkDate(asOf);
  return { ...(report !== undefined ? { reportNumber: Number(report) } : {}), ...(asOf !== undefined ? { asOf } : {}) };
}

/** An ISO calendar date that exists (2024-02-30 does not). */
export function checkDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !DateTime.fromISO(value, { zone: ZONE }).isValid) throw new BadRequestError(SAY.asOf(value));
  return value;
}
