/** What "today" is for an as-of date: the calendar day in Sweden at a moment the edge read from its clock. */
import { DateTime } from "luxon";
import { ZONE } from "../indicators/calendar.ts";

export function dateInSweden(at: Date): string {
  return DateTime.fromJSDate(at).setZone(ZONE).toISODate() ?? "";
}
