/**
 * `lagesbild report … --send`: the written report goes to the managers with
 * Rapportutkast = ja as this month's draft, once per month and manager (the
 * same delivery log as the reportDraft function), to the outbox by default.
 */
import { readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Programme, Report } from "../domain/model.ts";
import { monthSlot } from "../report-draft/current-report.ts";
import { formatDraftRun } from "../report-draft/format-draft-run.ts";
import { sendReportDraft } from "../report-draft/send-draft.ts";
import { draftAttachMaxBytes, RuntimeConfigError } from "../runtime/config.ts";
import { DOCX_CONTENT_TYPE } from "../sinks/report-store/report-store.ts";
import { fileStateStore } from "../state/file-state-store.ts";
import type { Problem } from "../validation/problem.ts";
import type { CliIo } from "./io.ts";
import { mailConfig, openTransport, transportOption } from "./mail-setup.ts";
import { UsageError } from "./open-source.ts";

export interface SendDraftInput {
  readonly programme: Programme;
  readonly problems: readonly Problem[];
  readonly report: Report;
  readonly asOf: string;
  /** The .docx just written. */
  readonly out: string;
  readonly missing: number;
  readonly transport: string;
  readonly outbox: string;
  readonly state: string;
}

/** Sends the draft and prints what happened; true when something failed or a recipient was refused. */
export async function sendWrittenDraft(io: CliIo, input: SendDraftInput): Promise<boolean> {
  const transportName = transportOption(input.transport);
  const config = mailConfig(io, transportName);
  const attachMaxBytes = attachLimit(io);
  const transport = await openTransport(transportName, input.outbox, config);
  try {
    const run = await sendReportDraft({
      programme: input.programme,
      report: input.report,
      asOf: input.asOf,
      slot: monthSlot(input.asOf),
      document: { fileName: basename(input.out), content: await readFile(input.out), contentType: DOCX_CONTENT_TYPE },
      counts: {
        errors: input.problems.filter((p) => p.severity === "error").length,
        warnings: input.problems.filter((p) => p.severity === "warning").length,
        missing: input.missing,
      },
      from: config.from,
      ...(config.allowedDomains ? { allowedDomains: config.allowedDomains } : {}),
      store: fileStateStore(input.state),
      transport,
      attachMaxBytes,
      // The file is already where it is: a local link to it is the link.
      storeForLink: async () => ({ link: pathToFileURL(resolve(input.out)).href, fileName: basename(input.out) }),
      now: new Date(),
    });
    io.stdout(formatDraftRun(run, transportName === "outbox" ? input.outbox : undefined));
    return run.refused.length > 0 || run.results.some((r) => r.outcome.status === "failed" || r.outcome.status === "gave-up");
  } finally {
    await transport.close();
  }
}

function attachLimit(io: CliIo): number {
  try {
    return draftAttachMaxBytes(io.env);
  } catch (error) {
    if (error instanceof RuntimeConfigError) throw new UsageError(error.message);
    throw error;
  }
}
