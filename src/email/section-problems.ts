/** Validation problems: counts per workbook for the overview, every problem with its place for a block's owner. */
import type { Programme } from "../domain/model.ts";
import { groupMessage, groupPlace, groupProblems } from "../validation/group.ts";
import { placeOf } from "../validation/place.ts";
import { countProblems, errorsOf, type Problem } from "../validation/problem.ts";
import type { Link, Row, Section } from "./content.ts";
import { problemsOf } from "./facts-index.ts";
import { LIMITS, field } from "./safe-text.ts";
import { SECTION_IDS } from "./section-ids.ts";
import { texts } from "./texts.ts";

export const MAX_OWN_PROBLEM_ROWS = 50;

/** Errors before warnings, otherwise in the order validation found them (sheet by sheet, row by row). */
export function mostImportantFirst(problems: readonly Problem[]): Problem[] {
  return [...errorsOf(problems), ...problems.filter((p) => p.severity !== "error")];
}

/** All workbooks the summary knows of: those read, then any only problems name. */
export function workbookNames(programme: Programme, problems: readonly Problem[]): string[] {
  return [...new Set([...programme.workbooks.map((w) => w.name), ...problems.map((p) => p.workbook)])];
}

/** One row per workbook with problems: its counts and the most important one. */
export function problemsOverviewSection(programme: Programme, problems: readonly Problem[]): Section {
  const names = workbookNames(programme, problems);
  const rows: Row[] = [];
  for (const name of names) {
    const own = mostImportantFirst(problemsOf(problems, name));
    const first = own[0];
    if (!first) continue;
    const { error: errors, warning: warnings } = countProblems(own);
    rows.push({
      label: field(name, LIMITS.title),
      cells: [String(errors), String(warnings), describe(first)],
      toneCell: 0,
      tone: errors ? "bad" : "warn",
      ...linkOf(first),
    });
  }
  // Workbooks with errors first: a workbook with only warnings must not push an error out of sight.
  rows.sort((a, b) => (a.tone === b.tone ? 0 : a.tone === "bad" ? -1 : 1));
  const clean = names.length - rows.length;
  return {
    id: SECTION_IDS.problems,
    title: texts.problems.title,
    columns: texts.problems.columns,
    rows,
    empty: texts.problems.empty,
    ...(rows.length && clean ? { note: texts.problems.clean(clean) } : {}),
  };
}

/** Every problem in one workbook, each with its place and, for a Google Sheet, a link to the cell. */
export function ownProblemsSection(workbook: string, problems: readonly Problem[], index = 0): Section {
  const own = groupProblems(mostImportantFirst(problemsOf(problems, workbook)));
  const rows = own.slice(0, MAX_OWN_PROBLEM_ROWS).map(
    (g): Row => ({
      label: field(groupPlace(g) || workbook, LIMITS.place),
      cells: [g.first.severity === "error" ? texts.problems.error : texts.problems.warning, field(groupMessage(g), LIMITS.message)],
      toneCell: 0,
      tone: g.first.severity === "error" ? "bad" : "warn",
      ...linkOf(g.first),
    }),
  );
  return {
    id: SECTION_IDS.ownProblems(index),
    title: texts.problems.ownTitle(field(workbook, LIMITS.title)),
    note: texts.problems.ownNote,
    columns: texts.problems.ownColumns,
    rows,
    empty: texts.problems.ownEmpty,
    ...(own.length > MAX_OWN_PROBLEM_ROWS ? { more: texts.more(own.length - MAX_OWN_PROBLEM_ROWS) } : {}),
  };
}

/** A link that may be shown: http(s) only, and not absurdly long. */
export function safeLink(href: string | undefined, label: string): Link | undefined {
  if (!href || href.length > LIMITS.link) return undefined;
  try {
    const url = new URL(href);
    return url.protocol === "https:" || url.protocol === "http:" ? { href: url.href, label } : undefined;
  } catch {
    return undefined;
  }
}

function describe(p: Problem): string {
  const place = placeOf(p);
  return field(`${place ? `${place}: ` : ""}${p.message}`, LIMITS.message);
}

function linkOf(p: Problem): { link?: Link } {
  const link = safeLink(p.link, texts.problems.openCell);
  return link ? { link } : {};
}
