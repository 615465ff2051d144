import type { Command } from "commander";
import { buildSource } from "../../app/adapters/build-source.ts";
import { OUTCOME_EXIT } from "../../app/outcome.ts";
import { validateWorkbooks } from "../../app/validate.ts";
import type { WorkbookInfo } from "../../domain/model.ts";
import { UsageError } from "../../shared/errors.ts";
import { countOf } from "../../text/swedish.ts";
import { errorsOf, type Problem } from "../../validation/problem.ts";
import { problemJson } from "../../validation/problem-json.ts";
import { formatProblems } from "../format-problems.ts";
import type { CliIo, ExitCode } from "../io.ts";
import { cliPorts, progressOn } from "../ports.ts";

export function registerValidate(program: Command, io: CliIo, done: (code: ExitCode) => void): void {
  program
    .command("validate")
    .description("Kontrollera arbetsböckerna och lista varje problem med plats.")
    .argument("<source>", "mappen med arbetsböckerna (central.xlsx och byggstenarnas filer)")
    .option("--json", "skriv problemen som JSON")
    .option("--errors-only", "visa bara felen (varningarna räknas men listas inte)")
    .option(
      "--annotate <mapp>",
      "skriv en kopia av varje arbetsbok till mappen, med problemen som kommentarer i cellerna och ett blad Problem med länkar till dem",
    )
    .addHelpText("after", "\nSlutkod: 0 inga fel, 1 fel i arbetsböckerna, 2 felaktigt anrop eller oläsbar fil.")
    .action(async (source: string, options: { json?: boolean; errorsOnly?: boolean; annotate?: string }) => {
      const ports = cliPorts(io, { source: buildSource }, { source });
      const { loaded, outcome } = await validateWorkbooks(ports, progressOn(io));
      const { problems, programme } = loaded;
      if (options.annotate !== undefined)
        await writeAnnotated(source, programme.workbooks, options.errorsOnly ? errorsOf(problems) : problems, options.annotate, io);
      const shown = options.errorsOnly ? errorsOf(problems) : problems;
      if (options.json) io.stdout(`${JSON.stringify(shown.map(problemJson), null, 2)}\n`);
      else
        io.stdout(formatProblems(problems, programme.workbooks, { errorsOnly: options.errorsOnly === true, omitted: programme.omitted }));
      done(OUTCOME_EXIT[outcome]);
    });
}

/** The annotated copies, said on stderr so that stdout stays the problem list (or JSON). */
async function writeAnnotated(
  source: string,
  workbooks: readonly WorkbookInfo[],
  problems: readonly Problem[],
  dir: string,
  io: CliIo,
): Promise<void> {
  if (source.startsWith("gsheets")) {
    throw new UsageError(
      "--annotate skriver kopior av .xlsx-filer. För Google Sheets länkar problemlistan (lagesbild validate) direkt till cellen.",
    );
  }
  // exceljs is loaded only for --annotate: the other commands never write a workbook.
  const { annotateCopies, SameFolderError } = await import("../../sinks/xlsx/annotate-source.ts");
  try {
    for (const copy of await annotateCopies(workbooks, problems, dir)) {
      io.stderr(`Skrev ${copy.file} (${countOf(copy.problems, "problem", "problem")} markerade)\n`);
    }
  } catch (error) {
    if (error instanceof SameFolderError)
      throw new UsageError(`--annotate ${dir} är mappen med arbetsböckerna; ange en annan mapp, så att originalen lämnas orörda.`);
    throw error;
  }
}
