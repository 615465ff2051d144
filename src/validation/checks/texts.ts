import { blockWorkbook, centralWorkbook, columnsOf, type AnySheet } from "../../../sheets-schema/index.ts";
import { isAllowedLink } from "../../text/links.ts";
import { footnoteIds, linkTargets, mayHoldMarkup, parseMarkup } from "../../text/markup.ts";
import { cellOf, type Located } from "../located.ts";
import { problem } from "../problem.ts";
import { acrossWorkbooks, type AllRows } from "./all-rows.ts";
import type { Finding } from "./finding.ts";
import { ACTIVITY_STATUS } from "../../../sheets-schema/vocabulary.ts";

export interface TextRules {
  /** The section keys the report outline has text slots for. */
  readonly sectionKeys: readonly string[];
  /** Footnote ids the report fills in itself (e.g. blocks that start later). */
  readonly generatedFootnotes: readonly string[];
}

/** Markup that cannot be read, links that may not be written, footnotes to unknown sources, unknown sections and sources nobody cites. */
export function textProblems(all: AllRows, rules: TextRules): Finding[] {
  const findings: Finding[] = [];
  const sources = new Set(acrossWorkbooks(all, "sources").map((r) => r.value.id));
  const generated = new Set(rules.generatedFootnotes);
  const cited = new Set<string>();

  const scan = (layout: Readonly<Record<string, AnySheet>>, rows: Readonly<Record<string, readonly Located<unknown>[]>>) => {
    for (const [key, spec] of Object.entries(layout)) {
      const markupColumns = columnsOf(spec).filter((c) => c.meta.kind === "markup");
      for (const row of rows[key] ?? []) {
        for (const col of markupColumns) {
          const text = (row.value as Record<string, unknown>)[col.field];
          if (typeof text !== "string" || !mayHoldMarkup(text)) continue;
          const parsed = parseMarkup(text);
          for (const issue of parsed.issues)
            findings.push({ problem: problem("markup-invalid", cellOf(row.at, col.field), { detail: issue }) });
          for (const href of linkTargets(parsed)) {
            if (!isAllowedLink(href))
              findings.push({ row, problem: problem("link-not-allowed", cellOf(row.at, col.field), { value: href }) });
          }
          for (const id of footnoteIds(parsed)) {
            cited.add(id);
            if (!sources.has(id) && !generated.has(id))
              findings.push({ problem: problem("footnote-unknown", cellOf(row.at, col.field), { value: id }) });
          }
        }
      }
    }
  };
  scan(centralWorkbook, all.central as unknown as Record<string, readonly Located<unknown>[]>);
  for (const block of all.blocks.values()) scan(blockWorkbook, block as unknown as Record<string, readonly Located<unknown>[]>);

  const sections = new Set(rules.sectionKeys);
  for (const row of all.central.texts) {
    if (!sections.has(row.value.section)) {
      findings.push({
        row,
        problem: problem("section-unknown", cellOf(row.at, "section"), { value: row.value.section, list: rules.sectionKeys }),
      });
    }
  }

  for (const r of acrossWorkbooks(all, "activities")) for (const id of r.value.sources ?? []) cited.add(id);
  for (const r of acrossWorkbooks(all, "sources")) {
    if (!cited.has(r.value.id)) findings.push({ problem: problem("source-unused", cellOf(r.at, "id"), { value: r.value.id }) });
  }

  for (const r of acrossWorkbooks(all, "activities")) {
    if (r.value.status === ACTIVITY_STATUS.done && !r.value.result)
      findings.push({ problem: problem("result-missing", cellOf(r.at, "result")) });
  }
  return findings;
}
