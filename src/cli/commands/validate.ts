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
    .addHelpText("after", "\nSlutkod: 0 inga fel, 1 fel i arbetsböckerna, 2 felaktigt anrop eller oläsbar fil.")
    .action(async (source: string, options: { json?: boolean }) => {
      const { problems, programme } = await loadForCommand(source, io);
      if (options.json) io.stdout(`${JSON.stringify(problems.map(problemJson), null, 2)}\n`);
      else io.stdout(formatProblems(problems, programme.workbooks));
      done(exitCodeFor(problems));
    });
}
