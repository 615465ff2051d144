import type { sheets_v4 } from "@googleapis/sheets";
import type { z } from "zod";
import { normaliseHeader } from "../../validation/read-sheet.ts";
import { problem } from "../../validation/problem.ts";
import type { RawWorkbook } from "../raw-workbook.ts";
import type { WorkbookOutcome } from "../workbook-source.ts";
import { classifyError } from "./classify-error.ts";
import { failureDetail, type ReadFailure, type TransientCause } from "./messages.ts";
import { batchGetValues, METADATA_FIELDS, spreadsheetMetadata, type SpreadsheetMetadata } from "./responses.ts";
import { withRetry, type RetryPolicy, type Try } from "../../shared/retry.ts";
import { quotedSheetRange, sheetLinkBase, spreadsheetIdOf, spreadsheetUrl } from "./spreadsheet-ref.ts";
import type { Timer } from "../../shared/timer.ts";
import { sheetFromValues } from "./values-to-raw.ts";

export interface ReadContext {
  readonly api: sheets_v4.Sheets;
  readonly retry: RetryPolicy;
  /** Time allowed for one spreadsheet, both calls and every wait included. */
  readonly budgetMs: number;
  readonly timer: Timer;
}

type Attempt<T> = Try<T, ReadFailure, TransientCause>;
type Sheet = SpreadsheetMetadata["sheets"][number];

/**
 * Reads one spreadsheet with two calls at most: `spreadsheets.get` for the
 * sheets' titles, ids, hidden state and merges, then one `values.batchGet` for
 * every sheet in `wanted` (normalised names) that exists. Never throws for a
 * spreadsheet that cannot be read: that is a `source-unavailable` problem.
 */
export async function readSpreadsheet(ref: string, wanted: ReadonlySet<string>, ctx: ReadContext): Promise<WorkbookOutcome> {
  const id = spreadsheetIdOf(ref);
  if (id === undefined) return failure(ref.trim(), ref.trim(), { kind: "not-a-reference", ref: ref.trim() });
  const started = ctx.timer.now();
  const deadline = started + ctx.budgetMs;
  const call = <T>(request: (signal: AbortSignal) => Promise<{ data: unknown }>, shape: z.ZodType<T>) =>
    withRetry((timeoutMs) => attempt(request, shape, id, timeoutMs), ctx.retry, ctx.timer, deadline);
  const gaveUp = (r: { exhausted: true; last: TransientCause; attempts: number }) =>
    failure(id, spreadsheetUrl(id), { kind: "exhausted", id, attempts: r.attempts, seconds: secondsSince(started, ctx.timer), last: r.last });

  const meta = await call(
    (signal) => ctx.api.spreadsheets.get({ spreadsheetId: id, fields: METADATA_FIELDS, includeGridData: false }, { signal }),
    spreadsheetMetadata,
  );
  if (!meta.ok) return meta.exhausted ? gaveUp(meta) : failure(id, spreadsheetUrl(id), meta.failure);

  const grids = meta.value.sheets.filter((s) => (s.properties.sheetType ?? "GRID") === "GRID");
  const fetched = grids.filter((s) => wanted.has(normaliseHeader(s.properties.title)));
  const values = new Map<Sheet, { range: string; values?: unknown[][] }>();
  if (fetched.length > 0) {
    const ranges = fetched.map((s) => quotedSheetRange(s.properties.title));
    const batch = await call(
      (signal) =>
        ctx.api.spreadsheets.values.batchGet(
          { spreadsheetId: id, ranges, valueRenderOption: "UNFORMATTED_VALUE", dateTimeRenderOption: "SERIAL_NUMBER", majorDimension: "ROWS" },
          { signal },
        ),
      batchGetValues.refine((b) => b.valueRanges.length === ranges.length),
    );
    if (!batch.ok) return batch.exhausted ? gaveUp(batch) : failure(id, spreadsheetUrl(id), batch.failure);
    // Sheets answers the ranges in the order asked.
    fetched.forEach((s, i) => {
      const vr = batch.value.valueRanges[i];
      if (vr) values.set(s, { range: vr.range, ...(vr.values ? { values: vr.values } : {}) });
    });
  }

  const workbook: RawWorkbook = {
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
  return { ok: true, workbook };
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

function failure(name: string, location: string, why: ReadFailure): WorkbookOutcome {
  return { ok: false, name, location, problems: [problem("source-unavailable", { workbook: name }, { detail: failureDetail(why) })] };
}

function secondsSince(started: number, timer: Timer): number {
  return (timer.now() - started) / 1000;
}
