/**
 * Commander speaking Swedish. Commander has no way to configure its error
 * texts, so the command class says them itself: each method below is the
 * one Commander calls for that mistake, and it calls `error` with the same
 * code as Commander's own, so exit handling is unchanged. Suggestions come
 * from the same "menade du …?" as the workbooks get.
 */
import { Command, type Option } from "commander";
import { nearest } from "../text/nearest.ts";

export class SwedishCommand extends Command {
  override createCommand(name?: string): Command {
    return new SwedishCommand(name);
  }

  missingArgument(name: string): void {
    this.error(`fel: ${this.#where()}argumentet <${name}> saknas`, { code: "commander.missingArgument" });
  }

  optionMissingArgument(option: Option): void {
    this.error(`fel: flaggan ${option.flags} saknar värde`, { code: "commander.optionMissingArgument" });
  }

  missingMandatoryOptionValue(option: Option): void {
    this.error(`fel: ${this.#where()}flaggan ${option.flags} måste anges`, { code: "commander.missingMandatoryOptionValue" });
  }

  unknownOption(flag: string): void {
    const known = this.options.flatMap((o) => (o.long ? [o.long] : []));
    this.error(`fel: okänd flagga ${flag}${suggestion(flag, known)}`, { code: "commander.unknownOption" });
  }

  unknownCommand(): void {
    const name = this.args[0] ?? "";
    const known = this.commands.map((c) => c.name());
    this.error(`fel: okänt kommando ${name}${suggestion(name, known)}`, { code: "commander.unknownCommand" });
  }

  _excessArguments(received: readonly string[]): void {
    const expected = this.registeredArguments.length;
    this.error(`fel: ${this.#where()}för många argument: ${expected} väntades men ${received.length} gavs (${received.join(" ")})`, {
      code: "commander.excessArguments",
    });
  }

  #where(): string {
    return this.parent ? `lagesbild ${this.name()}: ` : "";
  }
}

function suggestion(typed: string, known: readonly string[]): string {
  const close = nearest(typed, known, 1)[0];
  return close ? ` (menade du ${close}?)` : "";
}
