import type { Command } from "commander";
import { problemJson } from "../../validation/problem-json.ts";
import { exitCodeFor } from "../exit-code.ts";
import { formatProblems } from "../format-problems.ts";
import type { CliIo, ExitCode } from "../io.ts";
import { loadForCommand } from "../load.ts";

export function registerValidate(program: Command, io: CliIo, done: (code: ExitCode) => void): void {
  program
    .command("validate")
    .description("Kontrollera arbetsböckerna och lista varje problem med plats.")
    .argument("<source>", "mappen med arbetsböckerna (central.xlsx och byggstenarnas filer)")
    .option("--json", "skriv problemen som JSON")
    .option("--errors-only", "visa bara felen (varningarna räknas men listas inte)")
    .addHelpText("after", "\nSlutkod: 0 inga fel, 1 fel i arbetsböckerna, 2 felaktigt anrop eller oläsbar fil.")
    .action(async (source: string, options: { json?: boolean; errorsOnly?: boolean }) => {
      const { problems, programme } = await loadForCommand(source, io);
      const shown = options.errorsOnly ? problems.filter((p) => p.severity === "error") : problems;
      if (options.json) io.stdout(`${JSON.stringify(shown.map(problemJson), null, 2)}\n`);
      else io.stdout(formatProblems(problems, programme.workbooks, { errorsOnly: options.errorsOnly === true, omitted: programme.omitted }));
      done(exitCodeFor(problems));
    });
}
