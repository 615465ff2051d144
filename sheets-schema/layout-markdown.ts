import { describeKind } from "./describe-kind.ts";
import { columnsOf } from "./sheet.ts";
import { requiredSheets, workbookLayouts, type WorkbookKind } from "./workbooks.ts";

const TITLES: Record<WorkbookKind, string> = {
  central: "Den centrala arbetsboken (`central.xlsx`)",
  block: "Byggstenens arbetsbok (en per byggsten och tvärgående område)",
};

/** The workbook layout as Markdown, generated from the schemas (sheets-schema/LAYOUT.md). */
export function layoutMarkdown(): string {
  const lines = [
    "# Arbetsböckernas layout",
    "",
    "<!-- Genererad av `npm run docs` från sheets-schema/: ändra inte för hand. -->",
    "",
    "Rubrikerna står på första raden i varje blad. Kolumnernas ordning spelar ingen roll, och stora och små bokstäver i rubrikerna räknas lika.",
    "Datum skrivs som 2024-09-18 eller 18 september 2024 (eller som datumceller), tal med decimalkomma, listor åtskilda med semikolon.",
    "",
  ];
  for (const kind of ["central", "block"] as const) {
    lines.push(`## ${TITLES[kind]}`, "");
    for (const sheet of Object.values(workbookLayouts[kind])) {
      const required = requiredSheets[kind].includes(sheet.name) ? " (obligatoriskt blad)" : "";
      lines.push(
        `### ${sheet.name}${required}`,
        "",
        sheet.help,
        "",
        "| Kolumn | Obligatorisk | Innehåll | Beskrivning |",
        "|---|---|---|---|",
      );
      for (const c of columnsOf(sheet)) {
        lines.push(`| ${c.meta.header} | ${c.required ? "ja" : "nej"} | ${describeKind(c.meta)} | ${c.meta.help.replace(/\|/g, "\\|")} |`);
      }
      lines.push("");
    }
  }
  return `${lines.join("\n")}\n`;
}
