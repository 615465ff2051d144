import { placeOf } from "./place.ts";
import type { Problem } from "./problem.ts";

/** From this many warnings of one kind in one workbook, they are shown as one line. */
export const GROUP_FROM = 3;
/** How many places a grouped line names before "och N till". */
export const PLACES_SHOWN = 5;

/** One line to show: a single problem, or warnings of one kind in one workbook taken together. */
export interface ProblemGroup {
  readonly first: Problem;
  readonly problems: readonly Problem[];
}

/**
 * Errors one by one; warnings of one kind in one workbook together when there
 * are many of them, so that one repeated warning cannot drown an error. Keeps
 * the order of `problems` (a group stands where its first warning stood).
 */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const counts = new Map<string, number>();
  const key = (p: Problem) => `${p.workbook}\u0000${p.code}`;
  for (const p of problems) if (p.severity === "warning") counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
  const groups: ProblemGroup[] = [];
  const open = new Map<string, Problem[]>();
  for (const p of problems) {
    if (p.severity === "error" || (counts.get(key(p)) ?? 0) < GROUP_FROM) {
      groups.push({ first: p, problems: [p] });
      continue;
    }
    const members = open.get(key(p));
    if (members) members.push(p);
    else {
      const fresh = [p];
      open.set(key(p), fresh);
      groups.push({ first: p, problems: fresh });
    }
  }
  return groups;
}

/** Where a group's problems are: `Aktiviteter, rad 2, 5, 6, 9 och 12 och 7 till` or a single problem's place. */
export function groupPlace(group: ProblemGroup): string {
  if (group.problems.length === 1) return placeOf(group.first);
  const shown = group.problems.slice(0, PLACES_SHOWN);
  const bySheet = new Map<string, number[]>();
  for (const p of shown) {
    if (p.row === undefined) continue;
    const rows = bySheet.get(p.sheet ?? "") ?? [];
    rows.push(p.row);
    bySheet.set(p.sheet ?? "", rows);
  }
  const parts = [...bySheet.entries()].map(([sheet, rows]) => `${sheet ? `${sheet}, ` : ""}rad ${rows.join(", ")}`);
  const rest = group.problems.length - shown.length;
  return `${parts.join("; ")}${rest > 0 ? ` och ${rest} till` : ""}`;
}

/** The message of a group: the problem's own, or for many the first one's with how many there are. */
export function groupMessage(group: ProblemGroup): string {
  if (group.problems.length === 1) return group.first.message;
  const same = group.problems.every((p) => p.message === group.first.message);
  return `${group.problems.length} gånger: ${group.first.message}${same ? "" : " (och liknande)"}`;
}
