import { CommanderError } from "commander";
import packageJson from "../../package.json" with { type: "json" };
import { SourceUnavailableError } from "../app/errors.ts";
import { AppError, exitCodeOf } from "../shared/errors.ts";
import { registerIndicators } from "./commands/indicators.ts";
import { registerInit } from "./commands/init.ts";
import { registerReport } from "./commands/report.ts";
import { registerRun } from "./commands/run.ts";
import { registerSummary } from "./commands/summary.ts";
import { registerValidate } from "./commands/validate.ts";
import { EXIT, processIo, type CliIo, type ExitCode } from "./io.ts";
import { SwedishCommand } from "./swedish-command.ts";
import { inSwedish } from "./swedish-help.ts";
import { systemErrorText } from "../shared/system-errors.ts";

/** Runs the command line and returns the exit code; the only place that maps errors to codes. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  const done = (c: ExitCode) => {
    code = c;
  };
  const program = new SwedishCommand("lagesbild")
    .description("lägesbild: följ upp uppdraget från arbetsgruppernas arbetsböcker.")
    .version(packageJson.version, "-V, --version", "visa vilken version av lagesbild som körs")
    .showHelpAfterError("(skriv --help för hjälp)")
    .helpCommand("help [kommando]", "visa hjälp för ett kommando");
  registerRun(program, io, done);
  registerInit(program, io, done);
  registerValidate(program, io, done);
  registerReport(program, io, done);
  registerIndicators(program, io, done);
  registerSummary(program, io, done);
  inSwedish(program, io);

  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof AppError) {
      io.stderr(`${error.message}\n`);
      if (error instanceof SourceUnavailableError) for (const p of error.problems) io.stderr(`  ${p.workbook}: ${p.message}\n`);
      return exitCodeOf(error);
    }
    const system = systemErrorText(error);
    if (system) {
      io.stderr(`${system}\n`);
      return EXIT.usage;
    }
    // A bug or broken infrastructure: say so plainly, with the details for whoever reports it.
    io.stderr(`lagesbild stötte på ett oväntat fel och avbröt: ${error instanceof Error ? error.message : String(error)}\n`);
    if (error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.internal;
  }
}
