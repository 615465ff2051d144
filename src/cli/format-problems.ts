import type { OmittedRows, WorkbookInfo } from "../domain/model.ts";
import { countOf } from "../text/swedish.ts";
import { groupMessage, groupPlace, groupProblems } from "../validation/group.ts";
import { countProblems, errorsOf, type Problem } from "../validation/problem.ts";

export interface FormatOptions {
  /** Only the errors; the warnings are counted but not listed. */
  readonly errorsOnly?: boolean;
  /** Rows left out of the figures, to say per workbook. */
  readonly omitted?: readonly OmittedRows[];
}

/**
 * The validation report for people: grouped by workbook, errors before
 * warnings in the order they stand in the workbook, one line each; many
 * warnings of one kind take one line with their count and first rows.
 */
export function formatProblems(problems: readonly Problem[], workbooks: readonly WorkbookInfo[], options: FormatOptions = {}): string {
  const names = [...new Set([...workbooks.map((w) => w.name), ...problems.map((p) => p.workbook)])];
  const lines: string[] = [];
  for (const name of names) {
    const own = problems.filter((p) => p.workbook === name);
    const errors = errorsOf(own);
    const counts = countProblems(own);
    lines.push(own.length === 0 ? `${name}: inga problem` : `${name}: ${countText(counts.error, counts.warning)}`);
    const shown = options.errorsOnly ? errors : [...errors, ...own.filter((p) => p.severity === "warning")];
    for (const group of groupProblems(shown)) {
      const place = groupPlace(group);
      lines.push(`  ${group.first.severity === "error" ? "FEL    " : "VARNING"} ${place ? `${place}: ` : ""}${groupMessage(group)}`);
    }
    if (options.errorsOnly && counts.warning > 0)
      lines.push(`  (${countOf(counts.warning, "varning visas", "varningar visas")} inte: kör utan --errors-only för att se dem)`);
    const left = omittedIn(options.omitted ?? [], name);
    if (left) lines.push(`  ${left}`);
  }
  const total = countProblems(problems);
  lines.push(
    "",
    `Totalt: ${problems.length === 0 ? "inga problem" : countText(total.error, total.warning)} i ${countOf(names.length, "arbetsbok", "arbetsböcker")}.`,
  );
  const omittedRows = (options.omitted ?? []).reduce((n, o) => n + o.rows, 0);
  if (omittedRows > 0) lines.push(`${countOf(omittedRows, "rad", "rader")} med fel räknas inte med i siffrorna förrän felen är rättade.`);
  return `${lines.join("\n")}\n`;
}

/** `Utanför siffrorna på grund av fel: Aktiviteter 2 rader, Mätningar 1 rad.` */
export function omittedIn(omitted: readonly OmittedRows[], workbook: string): string | undefined {
  const own = omitted.filter((o) => o.workbook === workbook);
  if (own.length === 0) return undefined;
  return `Utanför siffrorna på grund av fel: ${own.map((o) => `${o.sheet} ${countOf(o.rows, "rad", "rader")}`).join(", ")}.`;
}

function countText(errors: number, warnings: number): string {
  return `${countOf(errors, "fel", "fel")} och ${countOf(warnings, "varning", "varningar")}`;
}
