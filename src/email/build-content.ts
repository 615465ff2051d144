/**
 * The summary for one recipient as data: the overview for coordinators and
 * managers, narrowed to their own blocks for block owners. Pure.
 */
import { isoWeekDays } from "../indicators/calendar.ts";
import { INDICATOR_STATUSES } from "../indicators/types.ts";
import { attentionLines, preheaderOf } from "./attention.ts";
import type { Gauge, Link, Row, Section, SummaryContent } from "./content.ts";
import type { OmittedRows } from "../domain/model.ts";
import { errorsIn, perRun, problemsOf } from "./facts-index.ts";
import { counted, weekOfSlot } from "./format.ts";
import { LIMITS, cut, field, singleLine } from "./safe-text.ts";
import { scopeOf, workbookNamesOf, type Audience, type SummaryFacts, type WebPages } from "./scope.ts";
import { aheadSection } from "./section-ahead.ts";
import { blocksSection } from "./section-blocks.ts";
import { changesSection } from "./section-changes.ts";
import { deliverablesSection } from "./section-deliverables.ts";
import { indicatorsSection } from "./section-indicators.ts";
import { plannedPassedSection } from "./section-passed.ts";
import { ownProblemsSection, problemsOverviewSection, safeLink, workbookNames } from "./section-problems.ts";
import { SECTION_IDS } from "./section-ids.ts";
import { countProblems } from "../validation/problem.ts";
import { texts } from "./texts.ts";

/** Composes the content of one recipient's summary. */
export function buildSummaryContent(facts: SummaryFacts, audience: Audience): SummaryContent {
  const { programme, problems, status } = facts;
  const scope = scopeOf(audience);
  const { week, year } = weekOfSlot(facts.slot);
  const ownBlocks = audience.blocks.flatMap((id) => programme.blocks.filter((b) => b.id === id));
  const ownWorkbooks = audience.blocks.flatMap((id) => workbookNamesOf(programme, id));
  const ownErrors = errorsIn(problems, ownWorkbooks);
  const scopeName = audience.overview ? texts.overviewScope : ownBlocks.map((b) => b.name).join(", ");

  const subject = [texts.subject(week, year, audience.overview ? undefined : scopeName), ownErrors ? texts.subjectErrors(ownErrors) : ""]
    .filter(Boolean)
    .join(": ");

  const days = isoWeekDays(status.asOf);
  const factLines: string[] = [texts.week(week, days.start, days.end, status.asOf)];
  if (audience.overview) {
    const counts = INDICATOR_STATUSES.flatMap((s) => {
      const n = status.indicators.filter((i) => i.status === s).length;
      return n ? [`${n} ${s}`] : [];
    });
    if (counts.length) factLines.push(texts.indicatorCounts(counts));
    const totals = perRun(facts, problemTotals);
    factLines.push(texts.problemTotals(totals.error, totals.warning, totals.workbooks));
    const omitted = omittedByWorkbook(programme.omitted, () => true);
    if (omitted.rows) factLines.push(texts.omittedTotals(omitted.rows, omitted.where));
  }
  for (const name of ownWorkbooks) {
    const own = countProblems(problemsOf(problems, name));
    factLines.push(texts.ownProblems(field(name, LIMITS.title), own.error, own.warning));
    const omitted = omittedByWorkbook(programme.omitted, (w) => w === name);
    if (omitted.rows) factLines.push(texts.omittedTotals(omitted.rows, omitted.where));
  }

  const sections: Section[] = [];
  ownWorkbooks.forEach((name, index) => sections.push(ownProblemsSection(name, problems, index)));
  const attention = attentionLines(facts, {
    scope,
    ownWorkbooks: ownWorkbooks.map((name, index) => ({ name, anchor: SECTION_IDS.ownProblems(index) })),
  });
  const webLink = webLinkFor(facts, audience);
  sections.push(blocksSection(facts, scope), changesSection(facts, scope));
  const passed = plannedPassedSection(facts, scope);
  if (passed) sections.push(passed);
  const ahead = aheadSection(facts, scope);
  if (ahead) sections.push(ahead);
  const indicators = indicatorsSection(facts, scope);
  if (indicators) sections.push(indicators);
  sections.push(deliverablesSection(facts, scope));
  if (audience.overview) sections.push(perRun(facts, problemsOverview));
  if (facts.reportLink) sections.push(reportSection(facts.reportLink));

  const footer: string[] = [];
  if (audience.overview) footer.push(audience.configured ? texts.footer.configured : texts.footer.manager);
  for (const b of ownBlocks) footer.push(texts.footer.owner(field(b.name, LIMITS.title)));
  footer.push(texts.footer.automatic);

  return tidy({
    subject: field(subject, LIMITS.subject),
    preheader: preheaderOf(attention),
    greeting: texts.greeting(audience.name ? field(audience.name, LIMITS.name) : undefined),
    heading: texts.heading(field(scopeName, LIMITS.title), week),
    ...(webLink ? { webLink } : {}),
    attentionTitle: texts.attention.title,
    attention: attention.length ? attention : [{ text: texts.attention.calm, anchor: SECTION_IDS.blocks, tone: "ok" }],
    facts: factLines,
    gauges: gaugesOf(facts),
    sections,
    footer,
  });
}

/** Errors and warnings in all workbooks, and how many workbooks the summary knows of: the same for every manager. */
function problemTotals({ programme, problems }: SummaryFacts): { error: number; warning: number; workbooks: number } {
  return { ...countProblems(problems), workbooks: workbookNames(programme, problems).length };
}

/** The problems per workbook: the same section for every manager of a run. */
function problemsOverview({ programme, problems }: SummaryFacts): Section {
  return problemsOverviewSection(programme, problems);
}

/** A stored report's address as a link; a file on the machine that ran the job by its name only, never its path there. */
function reportSection(where: string): Section {
  const link = safeLink(where, texts.report.open);
  const label = link ? where : (where.split(/[\\/]/).pop() ?? where);
  const row: Row = { label: field(label, LIMITS.link), cells: [], ...(link ? { link } : {}) };
  return { id: SECTION_IDS.report, title: texts.report.title, columns: texts.report.columns, rows: [row] };
}

/** The share of the assignment's time and of its budget to date used, as bars. */
function gaugesOf(facts: SummaryFacts): Gauge[] {
  const assignment = facts.status.assignment;
  if (!assignment) return [];
  const gauges: Gauge[] = [
    {
      label: texts.gauges.time,
      bar: {
        share: clamp01(assignment.elapsedShare),
        tone: "muted",
        text: texts.elapsed(assignment.elapsedShare, assignment.start, assignment.end),
      },
    },
  ];
  const { spentShareToDate: spent, expectedShareToDate: expected } = assignment.budget;
  if (spent !== undefined) {
    const year = Number(facts.status.asOf.slice(0, 4));
    const behind = expected !== undefined && spent > expected;
    gauges.push({
      label: texts.gauges.budget,
      bar: {
        share: clamp01(spent),
        ...(expected !== undefined ? { expected: clamp01(expected) } : {}),
        tone: behind ? "warn" : "ok",
        text: texts.gauges.budgetText(spent, year, expected),
      },
    });
  }
  return gauges;
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/**
 * The summary with the link to the recipient's web page, once the run knows
 * where the pages are: the same as composing it with `webPages` in the facts,
 * without building the content again.
 */
export function withWebLink(content: SummaryContent, pages: WebPages, audience: Audience): SummaryContent {
  const webLink = webLinkFor({ webPages: pages }, audience);
  return webLink ? { ...content, webLink } : content;
}

/** The web version for this recipient: their block's page for an owner, the overview for everyone else. */
function webLinkFor(facts: Pick<SummaryFacts, "webPages">, audience: Audience): Link | undefined {
  const pages = facts.webPages;
  if (!pages) return undefined;
  const href = audience.overview ? pages.overview : audience.blocks.map((b) => pages.blocks[b]).find((h) => h !== undefined);
  if (!href || href.length > LIMITS.link || !/^(https?|file):/iu.test(href)) return undefined;
  return { href, label: texts.openInBrowser };
}

/** Rows left out in the workbooks chosen, in total and per workbook (`bostader.xlsx 2 rader`). */
function omittedByWorkbook(omitted: readonly OmittedRows[], chosen: (workbook: string) => boolean): { rows: number; where: string[] } {
  const per = new Map<string, number>();
  for (const o of omitted) if (chosen(o.workbook)) per.set(o.workbook, (per.get(o.workbook) ?? 0) + o.rows);
  const where = [...per.entries()].map(([w, n]) => `${field(w, LIMITS.title)} ${counted(n, "rad", "rader")}`);
  return { rows: [...per.values()].reduce((a, b) => a + b, 0), where };
}

/** Defence in depth: whatever a section let through, every string leaves here on one line and within bounds. */
function tidy(content: SummaryContent): SummaryContent {
  const line = (s: string, max: number = LIMITS.line) => cut(singleLine(s), max);
  return {
    subject: line(content.subject, LIMITS.subject),
    preheader: line(content.preheader),
    greeting: line(content.greeting),
    heading: line(content.heading),
    ...(content.webLink ? { webLink: content.webLink } : {}),
    attentionTitle: line(content.attentionTitle),
    attention: content.attention.map((a) => ({ ...a, text: line(a.text) })),
    facts: content.facts.map((f) => line(f)),
    gauges: content.gauges.map((g) => ({ label: line(g.label), bar: { ...g.bar, text: line(g.bar.text) } })),
    sections: content.sections.map((s) => ({
      ...s,
      title: line(s.title),
      ...(s.note !== undefined ? { note: line(s.note) } : {}),
      columns: s.columns.map((c) => line(c)),
      ...(s.legend
        ? {
            legend: {
              title: line(s.legend.title),
              items: s.legend.items.map((l) => ({ ...l, term: line(l.term), meaning: line(l.meaning) })),
            },
          }
        : {}),
      rows: s.rows.map((r) => ({
        ...r,
        label: line(r.label),
        cells: r.cells.map((c) => line(c)),
        ...(r.link ? { link: { href: r.link.href, label: line(r.link.label) } } : {}),
        ...(r.bar ? { bar: { ...r.bar, text: line(r.bar.text) } } : {}),
        ...(r.course ? { course: { ...r.course, text: line(r.course.text) } } : {}),
      })),
    })),
    footer: content.footer.map((f) => line(f)),
  };
}
