/** The only clock the functions read: the moment of a call, and today's date in Sweden. */
import { dateInSweden } from "../src/app/today.ts";

export const now = (): Date => new Date();

export const todayInSweden = (): string => dateInSweden(now());
