/** The only clock the functions read: the moment of a call, and today's date in Sweden. */
import { DateTime } from "luxon";
import { ZONE } from "../src/indicators/calendar.ts";

export const now = (): Date => new Date();

export const todayInSweden = (): string => DateTime.now().setZone(ZONE).toISODate() ?? "";
