import { Help, type Command, type HelpConfiguration, type OutputConfiguration } from "commander";
import type { CliIo } from "./io.ts";

const TITLES: Readonly<Record<string, string>> = {
  "Usage:": "Användning:",
  "Options:": "Flaggor:",
  "Commands:": "Kommandon:",
  "Arguments:": "Argument:",
  "Global Options:": "Gemensamma flaggor:",
};

const TERMS = (text: string) => text.replace("[options]", "[flaggor]").replace("[command]", "[kommando]");

export const swedishHelp: HelpConfiguration = {
  styleTitle: (title) => TITLES[title] ?? title,
  optionDescription: (option) =>
    withExtras(option.description, [
      option.argChoices ? `val: ${option.argChoices.join(", ")}` : "",
      option.defaultValue !== undefined && !option.negate && option.defaultValue !== false
        ? `standard: ${option.defaultValueDescription ?? String(option.defaultValue)}`
        : "",
      option.envVar ? `miljövariabel: ${option.envVar}` : "",
    ]),
  argumentDescription: (argument) =>
    withExtras(argument.description, [
      argument.argChoices ? `val: ${argument.argChoices.join(", ")}` : "",
      argument.defaultValue !== undefined ? `standard: ${argument.defaultValueDescription ?? String(argument.defaultValue)}` : "",
    ]),
  commandUsage: (cmd) => TERMS(Help.prototype.commandUsage.call(new Help(), cmd)),
  subcommandTerm: (cmd) => TERMS(Help.prototype.subcommandTerm.call(new Help(), cmd)),
};

/** Commander's output through the command's I/O; its error texts are already Swedish (SwedishCommand). */
export function swedishOutput(io: CliIo): OutputConfiguration {
  return { writeOut: io.stdout, writeErr: io.stderr };
}

/** `beskrivning (standard: out)`: Commander's "(default: …)" and "(choices: …)" in Swedish. */
function withExtras(description: string, extras: readonly string[]): string {
  const said = extras.filter(Boolean);
  return said.length ? `${description} (${said.join("; ")})` : description;
}

/** Applies the Swedish texts to a command and everything under it. */
export function inSwedish(command: Command, io: CliIo): void {
  command.exitOverride().configureHelp(swedishHelp).configureOutput(swedishOutput(io)).helpOption("-h, --help", "visa hjälp");
  for (const sub of command.commands) inSwedish(sub, io);
}
