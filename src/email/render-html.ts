/**
 * The HTML part, laid out for Outlook and Gmail: nested tables, inline styles,
 * no style sheet, no images, no scripts. Every text is escaped.
 */
import type { Row, Section, SummaryContent, Tone } from "./content.ts";
import { escapeHtml as e, style } from "./html.ts";

const FONT = "Arial,Helvetica,sans-serif";
const TONES: Readonly<Record<Tone, Readonly<Record<string, string>>>> = {
  ok: { color: "#1e6b33", "background-color": "#e6f4ea" },
  warn: { color: "#7a4a00", "background-color": "#fff4d6" },
  bad: { color: "#a4161a", "background-color": "#fde2e1" },
  muted: { color: "#5f6368", "background-color": "#f1f3f4" },
};
const CELL = { padding: "6px 8px", "border-bottom": "1px solid #e0e0e0", "vertical-align": "top", "font-family": FONT, "font-size": "13px", "line-height": "18px" };
const LINK = { color: "#0b57d0", "text-decoration": "underline" };

/** Renders a summary as a complete HTML document. */
export function renderHtml(content: SummaryContent): string {
  const body = [
    `<tr><td${style({ padding: "24px 24px 8px 24px", "font-family": FONT })}>`,
    `<p${style({ margin: "0 0 12px 0", "font-size": "14px", "line-height": "20px" })}>${e(content.greeting)}</p>`,
    `<h1${style({ margin: "0 0 12px 0", "font-size": "20px", "line-height": "26px", color: "#1a1a1a" })}>${e(content.heading)}</h1>`,
    ...content.facts.map((f) => `<p${style({ margin: "0 0 4px 0", "font-size": "14px", "line-height": "20px" })}>${e(f)}</p>`),
    "</td></tr>",
    ...content.sections.map(sectionHtml),
    `<tr><td${style({ padding: "16px 24px 24px 24px", "font-family": FONT, "font-size": "12px", "line-height": "17px", color: "#5f6368" })}>`,
    ...content.footer.map((f) => `<p${style({ margin: "0 0 4px 0" })}>${e(f)}</p>`),
    "</td></tr>",
  ];
  return [
    "<!DOCTYPE html>",
    '<html lang="sv">',
    "<head>",
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(content.subject)}</title>`,
    "</head>",
    `<body${style({ margin: "0", padding: "0", "background-color": "#f4f4f4" })}>`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"${style({ "background-color": "#f4f4f4" })}><tr><td align="center"${style({ padding: "16px 8px" })}>`,
    `<table role="presentation" width="680" cellpadding="0" cellspacing="0" border="0"${style({ width: "680px", "max-width": "100%", "background-color": "#ffffff", color: "#1a1a1a" })}>`,
    ...body,
    "</table>",
    "</td></tr></table>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function sectionHtml(section: Section): string {
  const parts = [
    `<tr><td${style({ padding: "12px 24px 4px 24px", "font-family": FONT })}>`,
    `<h2${style({ margin: "0 0 6px 0", "font-size": "16px", "line-height": "22px", color: "#1a1a1a" })}>${e(section.title)}</h2>`,
  ];
  const paragraph = (text: string) => `<p${style({ margin: "0 0 8px 0", "font-size": "13px", "line-height": "18px", color: "#3c4043" })}>${e(text)}</p>`;
  if (section.note) parts.push(paragraph(section.note));
  if (section.rows.length === 0) {
    if (section.empty) parts.push(paragraph(section.empty));
  } else {
    parts.push(
      `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"${style({ "border-collapse": "collapse" })}>`,
      `<tr>${section.columns.map((c) => `<th align="left"${style({ ...CELL, "font-weight": "bold", "background-color": "#f1f3f4" })}>${e(c)}</th>`).join("")}</tr>`,
      ...section.rows.map((r) => rowHtml(r, section.columns.length)),
      "</table>",
    );
    if (section.more) parts.push(paragraph(section.more));
  }
  parts.push("</td></tr>");
  return parts.join("\n");
}

function rowHtml(row: Row, columns: number): string {
  const link = row.link ? `<br><a href="${e(row.link.href)}"${style(LINK)}>${e(row.link.label)}</a>` : "";
  const cells = [`<td${style(CELL)}>${e(row.label)}${link}</td>`];
  for (let i = 0; i < columns - 1; i++) {
    const toned = row.tone && row.toneCell === i ? TONES[row.tone] : {};
    cells.push(`<td${style({ ...CELL, ...toned })}>${e(row.cells[i] ?? "")}</td>`);
  }
  return `<tr>${cells.join("")}</tr>`;
}
