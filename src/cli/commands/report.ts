import type { Command } from "commander";
import type { MissingItem } from "../../report/context.ts";
import type { Problem } from "../../validation/problem.ts";
import { asOfOption, reportOption } from "../as-of.ts";
import { exitCodeFor } from "../exit-code.ts";
import { formatProblems } from "../format-problems.ts";
import type { CliIo, ExitCode } from "../io.ts";
import { loadForCommand } from "../load.ts";
import { DEFAULT_OUTBOX, DEFAULT_STATE } from "../mail-setup.ts";
import { UsageError } from "../open-source.ts";
import { sendWrittenDraft } from "../send-draft.ts";
import { writeReportFile } from "../write-report.ts";

interface ReportOptions {
  readonly report: string;
  readonly out: string;
  readonly asOf?: string;
  readonly strict?: boolean;
  readonly send?: boolean;
  readonly transport: string;
  readonly outbox: string;
  readonly state: string;
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
    .option("--send", "skicka rapporten som månadens utkast till dem som har Rapportutkast = ja på bladet Mottagare, en gång per månad")
    .option("--transport <sätt>", "hur utkastet skickas med --send: outbox, smtp, gmail", "outbox")
    .option("--outbox <mapp>", "mappen för .eml-filer med --transport outbox", DEFAULT_OUTBOX)
    .option("--state <mapp>", "mappen där det som skickats sparas", DEFAULT_STATE)
    .addHelpText(
      "after",
      "\nUtan --strict skrivs ett utkast även när arbetsböckerna har fel: varje problem markeras där det syns i texten" +
        "\noch alla listas i en bilaga sist.\nSlutkod: 0 inga fel, 1 fel i arbetsböckerna eller något saknas, 2 felaktigt anrop eller oläsbar fil.\n",
    )
    .action(async (source: string, options: ReportOptions) => {
      const reportNumber = reportOption(options.report) ?? 0;
      if (!options.out.toLowerCase().endsWith(".docx")) throw new UsageError(`--out ska vara en .docx-fil, inte ”${options.out}”.`);
      const { programme, problems, outline } = await loadForCommand(source, io);
      const report = programme.reports.find((r) => r.number === reportNumber);
      if (!report) throw new UsageError(`Delrapport ${reportNumber} finns inte på bladet Rapporter.`);
      const asOf = options.asOf === undefined ? report.date : asOfOption(options.asOf);
      const rendered = await writeReportFile({ programme, problems, outline, reportNumber, asOf, out: options.out, strict: options.strict === true });
      let code = exitCodeFor(problems, rendered.missing.length > 0);

      if (!rendered.document) {
        io.stderr(`Rapporten skrevs inte (--strict):\n${problemText(problems, rendered.missing, programme.workbooks)}`);
        return done(code);
      }
      io.stdout(`Skrev ${options.out}: ${report.title}, läget ${asOf}, ${rendered.outline.length} rubriker.\n`);
      if (rendered.draft) {
        io.stderr(`Utkast: problemen är markerade i texten och listade i bilagan sist i dokumentet.\n${problemText(problems, rendered.missing, programme.workbooks)}`);
      }
      if (options.send) {
        const { transport, outbox, state } = options;
        const trouble = await sendWrittenDraft(io, { programme, problems, report, asOf, out: options.out, missing: rendered.missing.length, transport, outbox, state });
        if (trouble) code = exitCodeFor(problems, true);
      }
      done(code);
    });
}

function problemText(problems: readonly Problem[], missing: readonly MissingItem[], workbooks: Parameters<typeof formatProblems>[1]): string {
  const errors = problems.filter((p) => p.severity === "error");
  const lines = errors.length > 0 ? [formatProblems(errors, workbooks.filter((w) => errors.some((p) => p.workbook === w.name)))] : [];
  for (const m of missing) lines.push(`SAKNAS  ${m.where}: ${m.message}\n`);
  const warnings = problems.length - errors.length;
  if (warnings > 0) lines.push(`${warnings} ${warnings === 1 ? "varning" : "varningar"}; lagesbild validate visar dem.\n`);
  return lines.join("");
}
