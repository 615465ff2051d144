import type { drive_v3 } from "@googleapis/drive";
import type { sheets_v4 } from "@googleapis/sheets";
import type { z } from "zod";
import { normaliseHeader } from "../../validation/read-sheet.ts";
import { problem } from "../../validation/problem.ts";
import { MAX_WORKBOOK_ROWS, rowCount, type RawWorkbook } from "../raw-workbook.ts";
import { formatNumber } from "../../text/swedish.ts";
import type { WorkbookOutcome } from "../workbook-source.ts";
import { classifyError } from "./classify-error.ts";
import { failureDetail, type ReadFailure, type TransientCause } from "./messages.ts";
import { lastModified, type LastModified } from "./modified-time.ts";
import { batchGetValues, METADATA_FIELDS, spreadsheetMetadata, type SpreadsheetMetadata } from "./responses.ts";
import { withRetry, type RetryPolicy, type Try } from "../../shared/retry.ts";
import { quotedSheetRange, sheetLinkBase, spreadsheetIdOf, spreadsheetUrl } from "./spreadsheet-ref.ts";
import type { Timer } from "../../shared/timer.ts";
import type { ReadPacer } from "./read-pacer.ts";
import { sheetFromValues } from "./values-to-raw.ts";

export interface ReadContext {
  readonly api: sheets_v4.Sheets;
  /** Drive, for when each spreadsheet last changed; without it that is not known. */
  readonly drive?: drive_v3.Drive;
  readonly retry: RetryPolicy;
  /** Time allowed for one spreadsheet, both calls and every wait included. */
  readonly budgetMs: number;
  readonly timer: Timer;
  /** The run's per-minute budget of reads; none paces nothing. */
  readonly pacer?: ReadPacer;
  /** The account the reads are made as (to name in a 403's advice), when it can be known. */
  readonly account?: () => Promise<string | undefined>;
}

type Attempt<T> = Try<T, ReadFailure, TransientCause>;
type Sheet = SpreadsheetMetadata["sheets"][number];

/**
 * Reads one spreadsheet with two Sheets calls at most: `spreadsheets.get` for
 * the sheets' titles, ids, hidden state and merges, then one
 * `values.batchGet` for every sheet in `wanted` (normalised names) that
 * exists; meanwhile one Drive `files.get` for when it last changed (outside
 * the Sheets budget: Drive has its own quota). Never throws for a spreadsheet
 * that cannot be read: that is a `source-unavailable` problem.
 */
export async function readSpreadsheet(ref: string, wanted: ReadonlySet<string>, ctx: ReadContext): Promise<WorkbookOutcome> {
  const id = spreadsheetIdOf(ref);
  if (id === undefined) return failure(ref.trim(), ref.trim(), { kind: "not-a-reference", ref: ref.trim() });
  const started = ctx.timer.now();
  const deadline = started + ctx.budgetMs;
  // Time spent queued for the run's budget of reads is not this spreadsheet's: its clock stands still meanwhile.
  let queued = 0;
  const pacer = ctx.pacer && {
    take: async () => {
      const before = ctx.timer.now();
      await ctx.pacer?.take();
      queued += ctx.timer.now() - before;
    },
    quotaExceeded: () => ctx.pacer?.quotaExceeded() ?? 0,
  };
  const budgetClock: Timer = { now: () => ctx.timer.now() - queued, sleep: (ms) => ctx.timer.sleep(ms), random: () => ctx.timer.random() };
  const call = <T>(request: (signal: AbortSignal) => Promise<{ data: unknown }>, shape: z.ZodType<T>) =>
    withRetry((timeoutMs) => paced(pacer, () => attempt(request, shape, id, timeoutMs)), ctx.retry, budgetClock, deadline);
  const gaveUp = (r: { exhausted: true; last: TransientCause; attempts: number }) =>
    failure(id, spreadsheetUrl(id), {
      kind: "exhausted",
      id,
      attempts: r.attempts,
      seconds: secondsSince(started, ctx.timer),
      last: r.last,
    });

  // Drive's answer is only a note if missing: the spreadsheet is read whatever it says.
  const drive = ctx.drive;
  const modified: Promise<LastModified | undefined> = drive
    ? lastModified(drive, id, (request, shape) =>
        withRetry((timeoutMs) => attempt(request, shape, id, timeoutMs), ctx.retry, budgetClock, deadline),
      )
    : Promise.resolve(undefined);

  const meta = await call(
    (signal) => ctx.api.spreadsheets.get({ spreadsheetId: id, fields: METADATA_FIELDS, includeGridData: false }, { signal }),
    spreadsheetMetadata,
  );
  if (!meta.ok) return meta.exhausted ? gaveUp(meta) : failure(id, spreadsheetUrl(id), await withAccount(meta.failure, ctx));

  const grids = meta.value.sheets.filter((s) => (s.properties.sheetType ?? "GRID") === "GRID");
  const fetched = grids.filter((s) => wanted.has(normaliseHeader(s.properties.title)));
  const values = new Map<Sheet, { range: string; values?: unknown[][] }>();
  if (fetched.length > 0) {
    const ranges = fetched.map((s) => quotedSheetRange(s.properties.title));
    const batch = await call(
      (signal) =>
        ctx.api.spreadsheets.values.batchGet(
          {
            spreadsheetId: id,
            ranges,
            valueRenderOption: "UNFORMATTED_VALUE",
            dateTimeRenderOption: "SERIAL_NUMBER",
            majorDimension: "ROWS",
          },
          { signal },
        ),
      batchGetValues.refine((b) => b.valueRanges.length === ranges.length),
    );
    if (!batch.ok) return batch.exhausted ? gaveUp(batch) : failure(id, spreadsheetUrl(id), await withAccount(batch.failure, ctx));
    // Sheets answers the ranges in the order asked.
    fetched.forEach((s, i) => {
      const vr = batch.value.valueRanges[i];
      if (vr) values.set(s, { range: vr.range, ...(vr.values ? { values: vr.values } : {}) });
    });
  }

  let workbook: RawWorkbook = {
    name: meta.value.properties.title,
    location: spreadsheetUrl(id),
    dateSystem: 1900,
    sheets: [...grids]
      .sort((a, b) => (a.properties.index ?? 0) - (b.properties.index ?? 0))
      .map((s) =>
        sheetFromValues({
          title: s.properties.title,
          hidden: s.properties.hidden ?? false,
          merges: s.merges ?? [],
          linkBase: sheetLinkBase(id, s.properties.sheetId),
          ...values.get(s),
        }),
      ),
  };
  const changed = await modified;
  if (changed && "modifiedAt" in changed) workbook = { ...workbook, modifiedAt: changed.modifiedAt };
  if (changed && "unknown" in changed) workbook = { ...workbook, notes: [{ code: "modified-unknown", detail: changed.unknown }] };
  if (rowCount(workbook.sheets) > MAX_WORKBOOK_ROWS) {
    return {
      ok: false,
      name: workbook.name,
      location: workbook.location,
      problems: [problem("file-too-many-rows", { workbook: workbook.name }, { limit: formatNumber(MAX_WORKBOOK_ROWS) })],
    };
  }
  return { ok: true, workbook };
}

/**
 * One try within the run's budget of reads. A 429 (or a 403
 * rateLimitExceeded) that still comes holds every read of the run, this
 * one's retry included, until the quota has refilled.
 */
async function paced<T>(pacer: ReadPacer | undefined, run: () => Promise<Attempt<T>>): Promise<Attempt<T>> {
  if (!pacer) return run();
  await pacer.take();
  const result = await run();
  // The next take waits for the refill, as queueing rather than on this spreadsheet's budget.
  if (!result.ok && result.transient && isQuotaRefusal(result.cause)) pacer.quotaExceeded();
  return result;
}

function isQuotaRefusal(cause: TransientCause): boolean {
  return cause.kind === "status" && (cause.status === 429 || cause.status === 403);
}

/**
 * One try, abandoned after `timeoutMs` (body included). The timeout is our own
 * abort: the client reports its own timeouts as a bare AbortError on Node 20.
 */
async function attempt<T>(
  request: (signal: AbortSignal) => Promise<{ data: unknown }>,
  shape: z.ZodType<T>,
  id: string,
  timeoutMs: number,
): Promise<Attempt<T>> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await request(controller.signal);
    const parsed = shape.safeParse(response.data);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, transient: true, cause: { kind: "malformed" } };
  } catch (error) {
    return timedOut ? { ok: false, transient: true, cause: { kind: "timeout", seconds: timeoutMs / 1000 } } : classifyError(error, id);
  } finally {
    clearTimeout(timer);
  }
}

/** A refusal names the account to share with; finding it out must not fail the report of the refusal. */
async function withAccount(f: ReadFailure, ctx: ReadContext): Promise<ReadFailure> {
  if (f.kind !== "forbidden" || !ctx.account) return f;
  const account = await ctx.account().catch(() => undefined);
  return account ? { ...f, account } : f;
}

function failure(name: string, location: string, why: ReadFailure): WorkbookOutcome {
  return { ok: false, name, location, problems: [problem("source-unavailable", { workbook: name }, { detail: failureDetail(why) })] };
}

function secondsSince(started: number, timer: Timer): number {
  return (timer.now() - started) / 1000;
}
