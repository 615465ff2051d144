import type { Command } from "commander";
import { exitCodeFor } from "../exit-code.ts";
import { formatProblems } from "../format-problems.ts";
import type { CliIo, ExitCode } from "../io.ts";
import { loadForCommand } from "../load.ts";

export function registerValidate(program: Command, io: CliIo, done: (code: ExitCode) => void): void {
  program
    .command("validate")
    .description("Kontrollera arbetsböckerna och lista varje problem med plats.")
    .usage("[flaggor] <source>")
    .argument("<source>", "mappen med arbetsböckerna (central.xlsx och byggstenarnas filer)")
    .option("--json", "skriv problemen som JSON")
    .addHelpText("after", "\nSlutkod: 0 inga fel, 1 fel i arbetsböckerna, 2 felaktigt anrop eller oläsbar fil.")
    .action(async (source: string, options: { json?: boolean }) => {
      const { problems, programme } = await loadForCommand(source, io);
      if (options.json) io.stdout(`${JSON.stringify(problems.map(toJson), null, 2)}\n`);
      else io.stdout(formatProblems(problems, programme.workbooks));
      done(exitCodeFor(problems));
    });
}

function toJson(p: import("../../validation/problem.ts").Problem) {
  return {
    workbook: p.workbook,
    sheet: p.sheet ?? null,
    row: p.row ?? null,
    column: p.column ?? null,
    header: p.header ?? null,
    value: p.value ?? null,
    expected: p.expected ?? null,
    code: p.code,
    severity: p.severity,
    message: p.message,
    link: p.link ?? null,
  };
}
