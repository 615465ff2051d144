/** The plain-text part: written for reading as text, not HTML with the tags stripped. */
import type { Row, Section, SummaryContent } from "./content.ts";
import { appendAll } from "../collections/append-all.ts";

/** Renders a summary as plain text with `\n` line ends (the MIME composer converts them). */
export function renderText(content: SummaryContent): string {
  const lines: string[] = [content.greeting, "", content.heading, underline(content.heading, "=")];
  if (content.webLink) lines.push(`${content.webLink.label}: ${content.webLink.href}`);
  lines.push("", content.attentionTitle, underline(content.attentionTitle, "-"), ...content.attention.map((a) => `- ${a.text}`));
  lines.push("", ...content.facts, ...content.gauges.map((g) => g.bar.text));
  for (const section of content.sections) lines.push("", ...sectionLines(section));
  lines.push("", "--", ...content.footer);
  return `${lines.join("\n")}\n`;
}

function sectionLines(section: Section): string[] {
  const lines = [section.title, underline(section.title, "-")];
  if (section.note) lines.push(section.note);
  if (section.rows.length === 0) {
    if (section.empty) lines.push(section.empty);
    return lines;
  }
  if (section.note) lines.push("");
  for (const row of section.rows) appendAll(lines, rowLines(row, section.columns));
  if (section.more) lines.push(section.more);
  if (section.legend) lines.push("", `${section.legend.title}: ${section.legend.items.map((l) => `${l.term} = ${l.meaning}`).join("; ")}.`);
  return lines;
}

function rowLines(row: Row, columns: readonly string[]): string[] {
  const cells = row.cells.flatMap((cell, i) => (cell ? [`${columns[i + 1] ?? ""}: ${cell}`] : []));
  const lines = [`- ${row.label}${cells.length ? ` — ${cells.join(" · ")}` : ""}`];
  if (row.bar) lines.push(`  ${row.bar.text}`);
  if (row.course) lines.push(`  ${row.course.text}`);
  if (row.link && row.link.href !== row.label) lines.push(`  ${row.link.label}: ${row.link.href}`);
  return lines;
}

function underline(text: string, char: string): string {
  return char.repeat(Math.min(Array.from(text).length, 72));
}
