/**
 * The HTML part, phone first: one column that reflows from 320 to 800 px, built
 * from layout tables and inline styles so that Outlook's Word engine, Gmail and
 * Apple Mail draw the same thing. Pictures are table cells with widths (bars,
 * a small column chart for a course), never images or scripts; each says in
 * words next to it what it shows. Every text is escaped.
 */
import type { AttentionLine, Bar, Course, Gauge, Legend, Row, Section, SummaryContent, Tone } from "./content.ts";
import { escapeHtml as e, style } from "./html.ts";
import {
  COURSE_FILL,
  EXPECTED_FILL,
  FONT,
  INK,
  LINK_COLOUR,
  MUTED_INK,
  RULE,
  TONE_FILL,
  TONE_TEXT,
  TRACK,
  escapeKeepingDates as t,
  widthPercent,
} from "./palette.ts";

const WIDTH = 680;
const TEXT = { "font-family": FONT, "font-size": "15px", "line-height": "22px", color: INK };
const SMALL = { "font-family": FONT, "font-size": "13px", "line-height": "19px", color: MUTED_INK };
/** 44 px tall with its padding: a finger hits it. */
const TAP_LINK = { color: LINK_COLOUR, "text-decoration": "underline", display: "inline-block", padding: "11px 0", "line-height": "22px" };
const LAYOUT = 'role="presentation" cellpadding="0" cellspacing="0" border="0"';

/** Renders a summary as a complete HTML document. */
export function renderHtml(content: SummaryContent): string {
  const body = [
    cell({ padding: "20px 20px 4px 20px" }, [
      content.webLink
        ? `<p${style({ ...SMALL, margin: "0 0 8px 0", "text-align": "right" })}>${link(content.webLink.href, content.webLink.label, { ...TAP_LINK, padding: "4px 0" })}</p>`
        : "",
      `<p${style({ ...TEXT, margin: "0 0 10px 0" })}>${e(content.greeting)}</p>`,
      `<h1${style({ ...TEXT, margin: "0 0 14px 0", "font-size": "22px", "line-height": "28px" })}>${t(content.heading)}</h1>`,
    ]),
    attentionHtml(content.attentionTitle, content.attention),
    cell({ padding: "12px 20px 4px 20px" }, [
      ...content.facts.map((f) => `<p${style({ ...TEXT, margin: "0 0 6px 0" })}>${t(f)}</p>`),
      ...content.gauges.map(gaugeHtml),
    ]),
    ...content.sections.map(sectionHtml),
    cell(
      { padding: "16px 20px 24px 20px" },
      content.footer.map((f) => `<p${style({ ...SMALL, margin: "0 0 6px 0" })}>${t(f)}</p>`),
    ),
  ];
  return [
    "<!DOCTYPE html>",
    '<html lang="sv">',
    "<head>",
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="x-apple-disable-message-reformatting">',
    '<meta name="format-detection" content="telephone=no, date=no, address=no, email=no">',
    `<title>${e(content.subject)}</title>`,
    "</head>",
    `<body${style({ margin: "0", padding: "0", "background-color": "#f4f4f4", "word-break": "break-word", "overflow-wrap": "anywhere" })}>`,
    preheaderHtml(content.preheader),
    `<table ${LAYOUT} width="100%"${style({ "background-color": "#f4f4f4" })}><tr><td align="center"${style({ padding: "12px 6px" })}>`,
    // Outlook's Word engine knows no max-width: a fixed-width ghost table keeps it at 680 px.
    `<!--[if mso]><table ${LAYOUT} width="${WIDTH}"><tr><td${style({ padding: "0" })}><![endif]-->`,
    `<table ${LAYOUT} width="100%"${style({ width: "100%", "max-width": `${WIDTH}px`, "background-color": "#ffffff" })}>`,
    ...body,
    "</table>",
    "<!--[if mso]></td></tr></table><![endif]-->",
    "</td></tr></table>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function cell(padding: Readonly<Record<string, string>>, inner: readonly string[]): string {
  return [`<tr><td${style({ ...padding, "font-family": FONT })}>`, ...inner.filter(Boolean), "</td></tr>"].join("\n");
}

/** The preview line inboxes show; hidden in the message itself, and padded so the body's first words do not follow it. */
function preheaderHtml(text: string): string {
  const hidden = {
    display: "none",
    "max-height": "0",
    overflow: "hidden",
    "mso-hide": "all",
    "font-size": "1px",
    "line-height": "1px",
    color: "#f4f4f4",
    opacity: "0",
  };
  return `<div${style(hidden)}>${e(text)}${"&#8199;&#847; ".repeat(40)}</div>`;
}

function attentionHtml(title: string, lines: readonly AttentionLine[]): string {
  const items = lines.map((l) => {
    const mark = { "border-left": `4px solid ${TONE_FILL[l.tone]}`, padding: "0 0 0 10px", margin: "0 0 8px 0" };
    return `<p${style({ ...TEXT, ...mark })}>${link(`#${l.anchor}`, l.text, { ...TAP_LINK, padding: "4px 0", color: INK })}</p>`;
  });
  return cell({ padding: "4px 20px 4px 20px" }, [
    `<table ${LAYOUT} width="100%"${style({ "background-color": "#f8f9fa", border: `1px solid ${RULE}` })}><tr><td${style({ padding: "12px 14px 6px 14px" })}>`,
    `<h2${style({ ...TEXT, margin: "0 0 10px 0", "font-size": "17px", "line-height": "24px" })}>${e(title)}</h2>`,
    ...items,
    "</td></tr></table>",
  ]);
}

function gaugeHtml(gauge: Gauge): string {
  return [
    `<p${style({ ...TEXT, margin: "10px 0 2px 0", "font-weight": "bold" })}>${e(gauge.label)}</p>`,
    barHtml(gauge.bar),
    `<p${style({ ...SMALL, margin: "0 0 6px 0" })}>${t(gauge.bar.text)}</p>`,
  ].join("\n");
}

function sectionHtml(section: Section): string {
  const paragraph = (text: string) => `<p${style({ ...TEXT, margin: "0 0 8px 0", color: MUTED_INK })}>${t(text)}</p>`;
  const parts = [
    `<h2 id="${e(section.id)}"${style({ ...TEXT, margin: "0 0 6px 0", "font-size": "18px", "line-height": "24px", "padding-top": "8px", "border-top": `2px solid ${RULE}` })}>${t(section.title)}</h2>`,
  ];
  if (section.note) parts.push(paragraph(section.note));
  if (section.rows.length === 0) {
    if (section.empty) parts.push(paragraph(section.empty));
  } else {
    parts.push(
      `<table ${LAYOUT} width="100%"${style({ "border-collapse": "collapse" })}>`,
      ...section.rows.map((r) => rowHtml(r, section.columns)),
      "</table>",
    );
    if (section.more) parts.push(paragraph(section.more));
  }
  if (section.legend) parts.push(legendHtml(section.legend));
  return cell({ padding: "14px 20px 4px 20px" }, parts);
}

/** A row's styles, written once: a section may have thousands of rows. */
const ROW_STYLE = {
  card: style({ padding: "10px 0", "border-bottom": `1px solid ${RULE}`, "font-family": FONT }),
  label: style({ ...TEXT, margin: "0 0 4px 0", "font-weight": "bold" }),
  cell: style({ ...TEXT, margin: "0 0 3px 0" }),
  heading: style({ color: MUTED_INK }),
  caption: style({ ...SMALL, margin: "0 0 4px 0" }),
  link: style({ ...TEXT, margin: "0" }),
};

/** A row stacked as a little card: the label, then each column as "Heading: value", then its pictures. */
function rowHtml(row: Row, columns: readonly string[]): string {
  const lines = [`<p${ROW_STYLE.label}>${t(row.label)}</p>`];
  row.cells.forEach((value, i) => {
    if (!value) return;
    const tone = row.tone && row.toneCell === i ? row.tone : row.cellTones?.[i];
    const heading = columns[i + 1];
    lines.push(
      `<p${ROW_STYLE.cell}>${heading ? `<span${ROW_STYLE.heading}>${e(heading)}:</span> ` : ""}${tone ? badge(value, tone) : t(value)}</p>`,
    );
  });
  if (row.bar) lines.push(barHtml(row.bar), `<p${ROW_STYLE.caption}>${t(row.bar.text)}</p>`);
  if (row.course) lines.push(courseHtml(row.course), `<p${ROW_STYLE.caption}>${t(row.course.text)}</p>`);
  if (row.link) lines.push(`<p${ROW_STYLE.link}>${link(row.link.href, row.link.label, TAP_LINK)}</p>`);
  return `<tr><td${ROW_STYLE.card}>\n${lines.join("\n")}\n</td></tr>`;
}

const BADGE_STYLE = Object.fromEntries(
  Object.entries(TONE_TEXT).map(([tone, { color, background }]) => [
    tone,
    style({ color, "background-color": background, padding: "1px 6px", "font-weight": "bold" }),
  ]),
) as Readonly<Record<Tone, string>>;

function badge(text: string, tone: Tone): string {
  return `<span${BADGE_STYLE[tone]}>${t(text)}</span>`;
}

function legendHtml(legend: Legend): string {
  return [
    `<h3${style({ ...TEXT, margin: "14px 0 6px 0", "font-size": "15px" })}>${e(legend.title)}</h3>`,
    ...legend.items.map((l) => `<p${style({ ...SMALL, margin: "0 0 4px 0" })}>${badge(l.term, l.tone)} ${e(l.meaning)}</p>`),
  ].join("\n");
}

/** The share as a filled part of a track; below it, when given, a thin dark bar to the share expected by now. */
function barHtml(bar: Bar): string {
  const rows = [trackRow(bar.share, TONE_FILL[bar.tone], 10)];
  if (bar.expected !== undefined) rows.push(spacerRow(3), trackRow(bar.expected, EXPECTED_FILL, 4));
  return `<table ${LAYOUT} aria-hidden="true" width="100%"${style({ width: "100%", margin: "4px 0 4px 0" })}>${rows.join("")}</table>`;
}

function trackRow(share: number, fill: string, height: number): string {
  const filled = widthPercent(share);
  const block = (colour: string, width?: number) =>
    `<td${width !== undefined ? ` width="${width}%"` : ""} height="${height}" bgcolor="${colour}"${style({
      ...(width !== undefined ? { width: `${width}%` } : {}),
      height: `${height}px`,
      "background-color": colour,
      "font-size": "0",
      "line-height": "0",
      "mso-line-height-rule": "exactly",
    })}>&nbsp;</td>`;
  const cells = [filled > 0 ? block(fill, filled) : "", filled < 100 ? block(TRACK) : ""].join("");
  return `<tr><td${style({ padding: "0" })}><table ${LAYOUT} width="100%"${style({ width: "100%" })}><tr>${cells}</tr></table></td></tr>`;
}

function spacerRow(height: number): string {
  return `<tr><td height="${height}"${style({ height: `${height}px`, "font-size": "0", "line-height": "0" })}>&nbsp;</td></tr>`;
}

const COURSE_HEIGHT = 28;
const COURSE_BAR = 8;

/** A small column chart of the course, the latest value darkest; the words under it say the values. */
function courseHtml(course: Course): string {
  const heights = courseHeights(course.values, COURSE_HEIGHT);
  const last = heights.length - 1;
  const columns = heights.map((h, i) => {
    const colour = i === last ? LINK_COLOUR : COURSE_FILL;
    const bar = `<table ${LAYOUT} width="${COURSE_BAR}"><tr><td width="${COURSE_BAR}" height="${h}" bgcolor="${colour}"${style({ width: `${COURSE_BAR}px`, height: `${h}px`, "background-color": colour, "font-size": "0", "line-height": "0", "mso-line-height-rule": "exactly" })}>&nbsp;</td></tr></table>`;
    return `<td valign="bottom" height="${COURSE_HEIGHT}"${style({ "vertical-align": "bottom", height: `${COURSE_HEIGHT}px`, "padding-right": "3px" })}>${bar}</td>`;
  });
  return `<table ${LAYOUT} aria-hidden="true"${style({ margin: "6px 0 2px 0", "border-bottom": `1px solid ${MUTED_INK}` })}><tr>${columns.join("")}</tr></table>`;
}

/** Heights from 3 px for the lowest value to `max` for the highest; all halfway when they are equal. */
export function courseHeights(values: readonly number[], max: number): number[] {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const min = 3;
  if (high === low) return values.map(() => Math.round((min + max) / 2));
  return values.map((v) => Math.round(min + ((v - low) / (high - low)) * (max - min)));
}

function link(href: string, label: string, css: Readonly<Record<string, string>>): string {
  return `<a href="${e(href)}"${style(css)}>${t(label)}</a>`;
}
