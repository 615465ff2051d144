import type { WorkbookInfo } from "../domain/model.ts";
import { placeOf } from "../validation/place.ts";
import type { Problem } from "../validation/problem.ts";


/** The validation report for people: grouped by workbook, errors before warnings, one line each. */
export function formatProblems(problems: readonly Problem[], workbooks: readonly WorkbookInfo[]): string {
  const names = [...new Set([...workbooks.map((w) => w.name), ...problems.map((p) => p.workbook)])];
  const lines: string[] = [];
  for (const name of names) {
    const own = problems.filter((p) => p.workbook === name);
    const errors = own.filter((p) => p.severity === "error");
    const warnings = own.filter((p) => p.severity === "warning");
    lines.push(own.length === 0 ? `${name}: inga problem` : `${name}: ${countText(errors.length, warnings.length)}`);
    for (const p of [...errors, ...warnings]) {
      const place = placeOf(p);
      lines.push(`  ${p.severity === "error" ? "FEL    " : "VARNING"} ${place ? `${place}: ` : ""}${p.message}`);
    }
  }
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  lines.push("", `Totalt: ${problems.length === 0 ? "inga problem" : countText(errors, warnings)} i ${names.length} arbetsböcker.`);
  return `${lines.join("\n")}\n`;
}

function countText(errors: number, warnings: number): string {
  const e = `${errors} ${errors === 1 ? "fel" : "fel"}`;
  const w = `${warnings} ${warnings === 1 ? "varning" : "varningar"}`;
  return `${e} och ${w}`;
}
