/**
 * The lägesbild as one self-contained web page: the same content as the
 * e-mail, with a style sheet of its own and charts as inline SVG. Nothing is
 * fetched: no font, no image, no script. Every text is escaped.
 */
import type { Bar, Course, Gauge, Legend, Row, Section, SummaryContent, Tone } from "../email/content.ts";
import { escapeHtml as e } from "../email/html.ts";
import {
  COURSE_FILL,
  EXPECTED_FILL,
  INK,
  LINK_COLOUR,
  MUTED_INK,
  RULE,
  TONE_FILL,
  TONE_TEXT,
  TRACK,
  escapeKeepingDates as t,
  widthPercent,
} from "../email/palette.ts";
import { courseHeights } from "../email/render-html.ts";

export interface WebPageText {
  /** Under the heading: what the page is and when it was made. */
  readonly about: string;
}

/** Renders a summary's content as a complete web page. */
export function renderWebPage(content: SummaryContent, text: WebPageText): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="sv">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(content.heading)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<main>",
    `<h1>${t(content.heading)}</h1>`,
    `<p class="about">${t(text.about)}</p>`,
    attentionHtml(content),
    '<section class="facts">',
    ...content.facts.map((f) => `<p>${t(f)}</p>`),
    ...content.gauges.map(gaugeHtml),
    "</section>",
    ...content.sections.map(sectionHtml),
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

const STYLE = [
  `*,*::before,*::after{box-sizing:border-box}`,
  `body{margin:0;background:#f4f4f4;color:${INK};font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;overflow-wrap:anywhere}`,
  `main{max-width:46rem;margin:0 auto;padding:1rem 1.25rem 2rem;background:#fff}`,
  `h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 .25rem}`,
  `h2{font-size:1.2rem;margin:0 0 .5rem;padding-top:.75rem;border-top:2px solid ${RULE}}`,
  `h3{font-size:1rem;margin:0 0 .25rem}`,
  `p{margin:0 0 .4rem}`,
  `a{color:${LINK_COLOUR}}`,
  `section{margin:1.25rem 0}`,
  `.about,.note,.caption{color:${MUTED_INK}}`,
  `.caption{font-size:.875rem;margin:.15rem 0 .4rem}`,
  `.attention{background:#f8f9fa;border:1px solid ${RULE};padding:.75rem 1rem}`,
  `.attention h2{border:0;padding:0}`,
  `.attention ul{list-style:none;margin:0;padding:0}`,
  `.attention li{border-left:4px solid;padding:.1rem 0 .1rem .6rem;margin:0 0 .5rem}`,
  `.attention a{color:${INK};display:inline-block;padding:.35rem 0}`,
  ...(Object.keys(TONE_FILL) as Tone[]).map((tone) => `.attention li.mark-${tone}{border-color:${TONE_FILL[tone]}}`),
  ...(Object.keys(TONE_TEXT) as Tone[]).map(
    (tone) => `.tone-${tone}{color:${TONE_TEXT[tone].color};background:${TONE_TEXT[tone].background};font-weight:bold;padding:0 .35rem}`,
  ),
  `.rows{list-style:none;margin:0;padding:0}`,
  `.rows>li{padding:.6rem 0;border-bottom:1px solid ${RULE}}`,
  `dl{margin:0}`,
  `dl div{margin:0 0 .15rem}`,
  `dt{display:inline;color:${MUTED_INK}}`,
  `dt::after{content:": "}`,
  `dd{display:inline;margin:0}`,
  `.link a{display:inline-block;padding:.6rem 0}`,
  `svg{display:block;max-width:100%}`,
  `.legend dd{display:block;margin:0 0 .3rem}`,
  `.legend dt::after{content:""}`,
  `.nowrap{white-space:nowrap}`,
].join("\n");

function attentionHtml(content: SummaryContent): string {
  return [
    '<section class="attention" aria-labelledby="att-uppmarksamma">',
    `<h2 id="att-uppmarksamma">${e(content.attentionTitle)}</h2>`,
    "<ul>",
    ...content.attention.map((a) => `<li class="mark-${a.tone}"><a href="#${e(a.anchor)}">${t(a.text)}</a></li>`),
    "</ul>",
    "</section>",
  ].join("\n");
}

function gaugeHtml(gauge: Gauge): string {
  return [`<h3>${e(gauge.label)}</h3>`, barSvg(gauge.bar), `<p class="caption">${t(gauge.bar.text)}</p>`].join("\n");
}

function sectionHtml(section: Section): string {
  const parts = [
    `<section id="${e(section.id)}" aria-labelledby="${e(section.id)}-rubrik">`,
    `<h2 id="${e(section.id)}-rubrik">${t(section.title)}</h2>`,
  ];
  if (section.note) parts.push(`<p class="note">${t(section.note)}</p>`);
  if (section.rows.length === 0) {
    if (section.empty) parts.push(`<p>${t(section.empty)}</p>`);
  } else {
    parts.push('<ul class="rows">', ...section.rows.map((r) => rowHtml(r, section.columns)), "</ul>");
    if (section.more) parts.push(`<p class="note">${t(section.more)}</p>`);
  }
  if (section.legend) parts.push(legendHtml(section.legend));
  parts.push("</section>");
  return parts.join("\n");
}

function rowHtml(row: Row, columns: readonly string[]): string {
  const parts = [`<li>`, `<h3>${t(row.label)}</h3>`];
  const pairs = row.cells.flatMap((value, i) => {
    if (!value) return [];
    const tone = row.tone && row.toneCell === i ? row.tone : row.cellTones?.[i];
    const shown = tone ? `<span class="tone-${tone}">${t(value)}</span>` : t(value);
    return [`<div><dt>${e(columns[i + 1] ?? "")}</dt><dd>${shown}</dd></div>`];
  });
  if (pairs.length) parts.push("<dl>", ...pairs, "</dl>");
  if (row.bar) parts.push(barSvg(row.bar), `<p class="caption">${t(row.bar.text)}</p>`);
  if (row.course) parts.push(courseSvg(row.course), `<p class="caption">${t(row.course.text)}</p>`);
  if (row.link) parts.push(`<p class="link"><a href="${e(row.link.href)}">${t(row.link.label)}</a></p>`);
  parts.push("</li>");
  return parts.join("\n");
}

function legendHtml(legend: Legend): string {
  return [
    `<h3>${e(legend.title)}</h3>`,
    '<dl class="legend">',
    ...legend.items.map((l) => `<div><dt><span class="tone-${l.tone}">${e(l.term)}</span></dt> <dd>${e(l.meaning)}</dd></div>`),
    "</dl>",
  ].join("\n");
}

/** The share as a filled part of a track, and under it a thin bar to the share expected; the words are its name. */
function barSvg(bar: Bar): string {
  const height = bar.expected === undefined ? 10 : 17;
  const parts = [
    `<rect x="0" y="0" width="100" height="10" fill="${TRACK}"/>`,
    `<rect x="0" y="0" width="${widthPercent(bar.share)}" height="10" fill="${TONE_FILL[bar.tone]}"/>`,
  ];
  if (bar.expected !== undefined) {
    parts.push(
      `<rect x="0" y="13" width="100" height="4" fill="${TRACK}"/>`,
      `<rect x="0" y="13" width="${widthPercent(bar.expected)}" height="4" fill="${EXPECTED_FILL}"/>`,
    );
  }
  return `<svg role="img" aria-label="${e(bar.text)}" width="100%" height="${height}" viewBox="0 0 100 ${height}" preserveAspectRatio="none">${parts.join("")}</svg>`;
}

const COURSE_W = 160;
const COURSE_H = 36;

/** The course as a line with a dot per value, the latest darkest. */
function courseSvg(course: Course): string {
  const heights = courseHeights(course.values, COURSE_H - 6);
  const step = heights.length > 1 ? (COURSE_W - 8) / (heights.length - 1) : 0;
  const points = heights.map((h, i) => [4 + i * step, COURSE_H - h - 1] as const);
  const line = points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ");
  const dots = points.map(
    ([x, y], i) =>
      `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${i === points.length - 1 ? 3.5 : 2.5}" fill="${i === points.length - 1 ? LINK_COLOUR : COURSE_FILL}"/>`,
  );
  return `<svg role="img" aria-label="${e(course.text)}" width="${COURSE_W}" height="${COURSE_H}" viewBox="0 0 ${COURSE_W} ${COURSE_H}"><polyline points="${line}" fill="none" stroke="${COURSE_FILL}" stroke-width="2"/>${dots.join("")}</svg>`;
}
