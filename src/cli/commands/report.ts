import { buildPdf } from "../../app/adapters/build-pdf.ts";
import { basename } from "node:path";
import type { Command } from "commander";
import { buildSource } from "../../app/adapters/build-source.ts";
import { buildStateStore } from "../../app/adapters/build-state-store.ts";
import { buildTransport } from "../../app/adapters/build-transport.ts";
import { sendDraft } from "../../app/monthly-draft.ts";
import { OUTCOME_EXIT } from "../../app/outcome.ts";
import { makeReport } from "../../app/report.ts";
import type { MissingItem } from "../../report/context.ts";
import { formatDraftRun } from "../../report-draft/format-draft-run.ts";
import { UsageError } from "../../shared/errors.ts";
import { pathReportStore } from "../../sinks/report-store/path-report-store.ts";
import { countProblems, errorsOf, type Problem } from "../../validation/problem.ts";
import { asOfOption, reportOption } from "../as-of.ts";
import { formatProblems } from "../format-problems.ts";
import { EXIT, type CliIo, type ExitCode } from "../io.ts";
import { tellPdf } from "../tell-pdf.ts";
import { cliPorts, outboxOf, progressOn } from "../ports.ts";

interface ReportOptions {
  readonly report: string;
  readonly out: string;
  readonly asOf?: string;
  readonly strict?: boolean;
  readonly send?: boolean;
  readonly pdf?: boolean;
  readonly transport?: string;
  readonly outbox?: string;
  readonly state?: string;
}

export function registerReport(program: Command, io: CliIo, done: (code: ExitCode) => void): void {
  program
    .command("report")
    .description("Skriv delrapporten som Word-dokument (.docx) ur arbetsböckerna.")
    .argument("<source>", "mappen med arbetsböckerna (central.xlsx och byggstenarnas filer)")
    .requiredOption("--report <nummer>", "delrapportens nummer på bladet Rapporter, t.ex. 1")
    .requiredOption("--out <fil.docx>", "filen som rapporten skrivs till")
    .option("--as-of <datum>", "lägesdatum för indikatorerna, t.ex. 2024-09-18 (standard: rapportens datum)")
    .option("--strict", "skriv ingen rapport om arbetsböckerna har fel eller något saknas; lista problemen i stället")
    .option("--pdf", "skriv också en taggad PDF för publicering bredvid Word-dokumentet (samma namn, .pdf), med LibreOffice")
    .option("--send", "skicka rapporten som månadens utkast till dem som har Rapportutkast = ja på bladet Mottagare, en gång per månad")
    .option(
      "--transport <sätt>",
      "hur utkastet skickas med --send: outbox, smtp, gmail (standard: LAGESBILD_MAIL_TRANSPORT, annars outbox)",
    )
    .option("--outbox <mapp>", "mappen för .eml-filer med --transport outbox (standard: LAGESBILD_OUTBOX_DIR, annars out/outbox)")
    .option("--state <mapp>", "mappen där det som skickats sparas (standard: LAGESBILD_STATE, annars out/state)")
    .addHelpText(
      "after",
      "\nUtan --strict skrivs ett utkast även när arbetsböckerna har fel: varje problem markeras där det syns i texten" +
        "\noch alla listas i en bilaga sist.\nSlutkod: 0 inga fel, 1 fel i arbetsböckerna, något saknas, inte kunde skickas eller PDF:en inte kunde skrivas, 2 felaktigt anrop eller oläsbar fil.\n",
    )
    .action(async (source: string, options: ReportOptions) => {
      const reportNumber = reportOption(options.report) ?? 0;
      if (!options.out.toLowerCase().endsWith(".docx")) throw new UsageError(`--out ska vara en .docx-fil, inte ”${options.out}”.`);
      const asOf = options.asOf === undefined ? undefined : asOfOption(options.asOf);
      const adapters = options.send
        ? { source: buildSource, state: buildStateStore, mail: buildTransport, pdf: buildPdf }
        : { source: buildSource, pdf: buildPdf };
      const flags = {
        source,
        ...(options.transport !== undefined ? { transport: options.transport } : {}),
        ...(options.outbox !== undefined ? { outboxDir: options.outbox } : {}),
        ...(options.state !== undefined ? { stateDir: options.state } : {}),
      };
      const ports = cliPorts(io, adapters, flags, async () => pathReportStore(options.out));
      const now = new Date();
      const result = await makeReport(ports, {
        which: reportNumber,
        ...(asOf ? { asOf } : {}),
        now,
        strict: options.strict === true,
        pdf: options.pdf === true,
        progress: progressOn(io),
      });
      const { loaded, built } = result;
      let code = OUTCOME_EXIT[result.outcome];
      if (!result.stored || !built.file) {
        io.stderr(`Rapporten skrevs inte (--strict):\n${problemText(loaded.problems, built.missing, loaded.programme.workbooks)}`);
        return done(code);
      }
      io.stdout(`Skrev ${options.out}: ${built.report.title}, läget ${result.asOf}, ${built.headings} rubriker.\n`);
      if (!tellPdf(io, options.out, result.pdf)) code = Math.max(code, EXIT.invalid) as ExitCode;
      if (built.draft) {
        io.stderr(
          `Utkast: problemen är markerade i texten och listade i bilagan sist i dokumentet.\n${problemText(loaded.problems, built.missing, loaded.programme.workbooks)}`,
        );
      }
      if (options.send) {
        // The attachment is named as the file the person chose.
        const file = { ...built.file, fileName: basename(options.out) };
        const sent = await sendDraft(ports, { loaded, built: { ...built, file }, asOf: result.asOf, now });
        if (!sent.skipped) io.stdout(formatDraftRun(sent.run, outboxOf(ports)));
        code = Math.max(code, OUTCOME_EXIT[sent.outcome]) as ExitCode;
      }
      done(code);
    });
}

function problemText(
  problems: readonly Problem[],
  missing: readonly MissingItem[],
  workbooks: Parameters<typeof formatProblems>[1],
): string {
  const errors = errorsOf(problems);
  const lines =
    errors.length > 0
      ? [
          formatProblems(
            errors,
            workbooks.filter((w) => errors.some((p) => p.workbook === w.name)),
          ),
        ]
      : [];
  for (const m of missing) lines.push(`SAKNAS  ${m.where}: ${m.message}\n`);
  const warnings = countProblems(problems).warning;
  if (warnings > 0) lines.push(`${warnings} ${warnings === 1 ? "varning" : "varningar"}; lagesbild validate visar dem.\n`);
  return lines.join("");
}
