/**
 * "Att uppmärksamma denna vecka": what a reader between meetings must not
 * miss, at most five lines, each pointing at the section that says more.
 * One line per kind of thing, so that a week with many late deliverables
 * still leaves room for the indicator that turned.
 */
import { addDays } from "../indicators/calendar.ts";
import { INDICATOR_STATUS, type DeliverableDue, type IndicatorResult, type IndicatorStatus } from "../indicators/types.ts";
import { dueDeliverables, errorsIn, perRun } from "./facts-index.ts";
import type { AttentionLine, Tone } from "./content.ts";
import { LIMITS, cut, field } from "./safe-text.ts";
import { days as dayCount } from "./format.ts";
import { inScope, type Scope, type SummaryFacts } from "./scope.ts";
import { THRESHOLDS } from "../indicators/thresholds.ts";
import { isStale } from "./section-blocks.ts";
import { rank } from "./section-changes.ts";
import { SECTION_IDS } from "./section-ids.ts";
import { texts } from "./texts.ts";

export const MAX_ATTENTION_LINES = 5;
/** "Within the week": the as-of date and the six days after it. */
export const DUE_WITHIN_WEEK_DAYS = 6;
/** Names listed in one line before "och N till". */
const NAMES_PER_LINE = 2;
/** Inboxes show about this much of the preview text. */
export const PREHEADER_LENGTH = 150;

const WATCHED: ReadonlySet<IndicatorStatus> = new Set([INDICATOR_STATUS.atRisk, INDICATOR_STATUS.behind]);

export interface AttentionScope {
  readonly scope: Scope;
  /** For a block's owner: their workbooks, each with the anchor of its own problem section. */
  readonly ownWorkbooks?: readonly { readonly name: string; readonly anchor: string }[];
}

/**
 * The attention lines for one recipient, most important first: the programme
 * before its paperwork (indicators, late and imminent deliverables), then the
 * workbooks (errors, then silence). Empty when there is nothing to flag.
 */
export function attentionLines(facts: SummaryFacts, { scope, ownWorkbooks }: AttentionScope): AttentionLine[] {
  const lines = [
    indicatorLine(facts, scope),
    overdueLine(facts, scope),
    dueThisWeekLine(facts, scope),
    errorsLine(facts, scope, ownWorkbooks),
    staleLine(facts, scope),
  ].filter((l): l is AttentionLine => l !== undefined);
  return lines.slice(0, MAX_ATTENTION_LINES);
}

/** The hidden preview line: the attention lines run together, cut to what an inbox shows. */
export function preheaderOf(lines: readonly AttentionLine[]): string {
  return lines.length ? cut(lines.map((l) => l.text).join(" "), PREHEADER_LENGTH) : texts.preheaderCalm;
}

/** Indicators that moved to risk or efter since the last lägesbild; for the first one, those that are there now. */
function indicatorLine(facts: SummaryFacts, scope: Scope): AttentionLine | undefined {
  const byId = new Map(facts.status.indicators.map((i) => [i.id, i]));
  const visible = (i: IndicatorResult | undefined): i is IndicatorResult =>
    i !== undefined && (scope.all || (i.block !== undefined && inScope(scope, i.block)));
  const worstFirst = (a: { to: IndicatorStatus }, b: { to: IndicatorStatus }) => rank(a.to) - rank(b.to);
  const anchor = SECTION_IDS.indicators;

  if (facts.changes) {
    const turned = facts.changes.indicatorChanges
      .filter((c) => WATCHED.has(c.to) && rank(c.to) < rank(c.from))
      .flatMap((c) => {
        const i = byId.get(c.id);
        return visible(i) ? [{ ...c, name: nameOf(i) }] : [];
      })
      .sort(worstFirst);
    const first = turned[0];
    if (!first) return undefined;
    const tone = toneOf(first.to);
    if (turned.length === 1) return { text: texts.attention.indicatorWorse(first.name, first.from, first.to), anchor, tone };
    return { text: texts.attention.indicatorsWorse(turned.length, list(turned.map((c) => `${c.name} (${c.to})`))), anchor, tone };
  }

  const now = facts.status.indicators
    .filter((i) => WATCHED.has(i.status) && visible(i))
    .map((i) => ({ to: i.status, name: nameOf(i) }))
    .sort(worstFirst);
  const first = now[0];
  if (!first) return undefined;
  const tone = toneOf(first.to);
  if (now.length === 1) return { text: texts.attention.indicatorNow(first.name, first.to), anchor, tone };
  return { text: texts.attention.indicatorsNow(now.length, list(now.map((c) => `${c.name} (${c.to})`))), anchor, tone };
}

/** The recipient's part of the deliverables the status picture found due: the same rows, in its order (earliest first). */
function dueInScope(due: readonly DeliverableDue[], scope: Scope): DeliverableDue[] {
  return due.filter((d) => inScope(scope, d.deliverable.owner));
}

function overdueLine(facts: SummaryFacts, scope: Scope): AttentionLine | undefined {
  const late = dueInScope(dueDeliverables(facts).overdue, scope);
  const oldest = late[0];
  if (!oldest) return undefined;
  const title = field(oldest.deliverable.title, LIMITS.title);
  const text =
    late.length === 1 ? texts.attention.overdue(title, oldest.days) : texts.attention.overdueMany(late.length, title, oldest.days);
  return { text, anchor: SECTION_IDS.deliverables, tone: "bad" };
}

function dueThisWeekLine(facts: SummaryFacts, scope: Scope): AttentionLine | undefined {
  // The week lies within "due soon" (THRESHOLDS.dueSoonDays is longer; a test holds it), so its rows are among those.
  const limit = addDays(facts.status.asOf, DUE_WITHIN_WEEK_DAYS);
  const soon = dueInScope(dueDeliverables(facts).soon, scope).filter((d) => d.deliverable.due <= limit);
  const first = soon[0];
  if (!first) return undefined;
  const text =
    soon.length === 1
      ? texts.attention.dueThisWeek(field(first.deliverable.title, LIMITS.title), first.days)
      : texts.attention.dueThisWeekMany(soon.length, list(soon.map(({ deliverable: d }) => `${field(d.title, LIMITS.title)} (${d.due})`)));
  return { text, anchor: SECTION_IDS.deliverables, tone: "warn" };
}

function errorsLine(facts: SummaryFacts, scope: Scope, own: AttentionScope["ownWorkbooks"]): AttentionLine | undefined {
  const names = scope.all ? perRun(facts, workbooksWithProblems) : (own ?? []).map((w) => w.name);
  const withErrors = names.flatMap((name) => {
    const errors = errorsIn(facts.problems, [name]);
    return errors ? [{ name, errors }] : [];
  });
  const first = withErrors[0];
  if (!first) return undefined;
  const anchor = scope.all ? SECTION_IDS.problems : (own?.find((w) => w.name === first.name)?.anchor ?? SECTION_IDS.ownProblems(0));
  const shown = (w: { name: string; errors: number }) => `${field(w.name, LIMITS.title)} (${texts.blocks.errors(w.errors)})`;
  const text =
    withErrors.length === 1
      ? texts.attention.errors(field(first.name, LIMITS.title), first.errors)
      : texts.attention.errorsMany(withErrors.length, list(withErrors.map(shown)));
  return { text, anchor, tone: "bad" };
}

/** Blocks in scope whose workbook nobody has saved for long: the figures in it are likely out of date. */
function staleLine(facts: SummaryFacts, scope: Scope): AttentionLine | undefined {
  const stale = facts.status.blocks
    .filter((b) => inScope(scope, b.id) && isStale(b))
    .sort((a, b) => (b.daysSinceWorkbookChanged ?? 0) - (a.daysSinceWorkbookChanged ?? 0));
  const first = stale[0];
  if (!first) return undefined;
  const days = (b: (typeof stale)[number]) => b.daysSinceWorkbookChanged ?? 0;
  const text =
    stale.length === 1
      ? texts.attention.stale(field(first.name, LIMITS.title), days(first))
      : texts.attention.staleMany(
          stale.length,
          THRESHOLDS.workbookStaleDays,
          list(stale.map((b) => `${field(b.name, LIMITS.title)} (${dayCount(days(b))})`)),
        );
  return { text, anchor: SECTION_IDS.blocks, tone: "warn" };
}

/** The workbooks with problems, in the order validation found them: the same for every manager of a run. */
function workbooksWithProblems({ problems }: SummaryFacts): string[] {
  return [...new Set(problems.map((p) => p.workbook))];
}

function nameOf(i: IndicatorResult): string {
  return `${field(i.id, LIMITS.value)} ${field(i.name, LIMITS.title)}`;
}

function toneOf(status: IndicatorStatus): Tone {
  return status === INDICATOR_STATUS.behind ? "bad" : "warn";
}

function list(items: readonly string[]): string {
  return texts.attention.andMore(items.slice(0, NAMES_PER_LINE), Math.max(0, items.length - NAMES_PER_LINE));
}
