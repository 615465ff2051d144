import { Help, type Command, type HelpConfiguration, type OutputConfiguration } from "commander";
import type { CliIo } from "./io.ts";

const TITLES: Readonly<Record<string, string>> = {
  "Usage:": "Användning:",
  "Options:": "Flaggor:",
  "Commands:": "Kommandon:",
  "Arguments:": "Argument:",
  "Global Options:": "Gemensamma flaggor:",
};

const ERRORS: readonly [RegExp, string][] = [
  [/^error: unknown option '(.*)'/, "fel: okänd flagga '$1'"],
  [/^error: unknown command '(.*)'/, "fel: okänt kommando '$1'"],
  [/^error: missing required argument '(.*)'/, "fel: argumentet '$1' saknas"],
  [/^error: option '(.*)' argument missing/, "fel: flaggan '$1' saknar värde"],
  [/^error: too many arguments.*/, "fel: för många argument"],
];

const TERMS = (text: string) => text.replace("[options]", "[flaggor]").replace("[command]", "[kommando]");

export const swedishHelp: HelpConfiguration = {
  styleTitle: (title) => TITLES[title] ?? title,
  commandUsage: (cmd) => TERMS(Help.prototype.commandUsage.call(new Help(), cmd)),
  subcommandTerm: (cmd) => TERMS(Help.prototype.subcommandTerm.call(new Help(), cmd)),
};

/** Commander's own texts in Swedish, and its output through the command's I/O. */
export function swedishOutput(io: CliIo): OutputConfiguration {
  return {
    writeOut: io.stdout,
    writeErr: io.stderr,
    outputError: (text, write) => write(ERRORS.reduce((t, [pattern, sv]) => t.replace(pattern, sv), text)),
  };
}

/** Applies the Swedish texts to a command and everything under it. */
export function inSwedish(command: Command, io: CliIo): void {
  command
    .exitOverride()
    .configureHelp(swedishHelp)
    .configureOutput(swedishOutput(io))
    .helpOption("-h, --help", "visa hjälp");
  for (const sub of command.commands) inSwedish(sub, io);
}
