import { DateTime } from "luxon";
import { dateInSweden } from "../app/today.ts";
import { ZONE } from "../indicators/calendar.ts";
import { UsageError } from "../shared/errors.ts";

/** The as-of date from `--as-of`, or today in Sweden: the only place the command line reads the clock. */
export function asOfOption(value: string | undefined, now: () => Date = () => new Date()): string {
  if (value === undefined) return dateInSweden(now());
  const date = DateTime.fromISO(value, { zone: ZONE });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !date.isValid)
    throw new UsageError(`--as-of ska vara ett datum som 2024-09-18, inte ”${value}”.`);
  return value;
}

/** `--report N` as a positive whole number. */
export function reportOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--report ska vara ett rapportnummer som 1, inte ”${value}”.`);
  return Number(value);
}
