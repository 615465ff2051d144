/**
 * The `{platshållare}` of the report outline: what each one stands for in the
 * workbooks, and how a template string is filled in. A value that the
 * workbooks do not give becomes a visible mark, never an empty gap.
 */
import { notStartedOn } from "../indicators/follow-up.ts";
import type { Programme, Report } from "../domain/model.ts";
import type { StatusPicture } from "../indicators/types.ts";
import { formatDateLong, formatMonthYear, joinList, numberWord, ordinalWord } from "../text/swedish.ts";
import { MISSING } from "./labels.ts";
import { BLOCK_KIND, GOAL_KIND, TARGET_GROUP_PRIORITY, type TargetGroupPriority } from "../../sheets-schema/vocabulary.ts";

/** Placeholder name → its text; `undefined` when the workbooks do not give it. */
export type Values = Readonly<Record<string, string | undefined>>;

export type Field = "PAGE" | "NUMPAGES";

export type Piece =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "missing"; readonly message: string }
  | { readonly kind: "field"; readonly field: Field };

/** Placeholders that only a header or footer has: Word fills them in on each page. */
export const PAGE_FIELDS: Readonly<Record<string, Field>> = { sida: "PAGE", "antal sidor": "NUMPAGES" };

const PLACEHOLDER = /\{([^{}]+)\}/g;

/** Splits a template into text, filled-in values, marks for missing values and page fields. */
export function fillTemplate(template: string, values: Values, fields: Readonly<Record<string, Field>> = {}): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? "";
    const index = match.index;
    if (index > last) pieces.push({ kind: "text", text: template.slice(last, index) });
    last = index + match[0].length;
    const field = fields[name];
    if (field) pieces.push({ kind: "field", field });
    else if (!(name in values)) pieces.push({ kind: "missing", message: MISSING.unknownPlaceholder(name) });
    else {
      const value = values[name];
      pieces.push(value === undefined ? { kind: "missing", message: MISSING.value(name) } : { kind: "text", text: value });
    }
  }
  if (last < template.length) pieces.push({ kind: "text", text: template.slice(last) });
  return tidy(pieces);
}

/** Joins neighbouring texts and drops the double and outer spaces an empty value leaves. */
function tidy(pieces: readonly Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (piece.kind === "text" && last?.kind === "text") merged[merged.length - 1] = { kind: "text", text: last.text + piece.text };
    else merged.push(piece);
  }
  return merged
    .map((p, i): Piece => {
      if (p.kind !== "text") return p;
      let text = p.text.replace(/ {2,}/g, " ");
      if (i === 0) text = text.trimStart();
      if (i === merged.length - 1) text = text.trimEnd();
      return { kind: "text", text };
    })
    .filter((p) => p.kind !== "text" || p.text !== "");
}

/** The pieces as plain text, a missing value as `[Uppgift saknas: …]`: for document properties and alt texts. */
export function piecesToText(pieces: readonly Piece[]): string {
  return pieces.map((p) => (p.kind === "text" ? p.text : p.kind === "missing" ? `[${p.message}]` : "")).join("");
}

/** What every placeholder of the outline stands for, for one report and status picture. */
export function placeholderValues(programme: Programme, report: Report, status: StatusPicture): Values {
  const a = programme.assignment;
  const blocks = [...programme.blocks].sort((x, y) => x.order - y.order);
  const ordered = <T extends { readonly order?: number | undefined }>(rows: readonly T[]) =>
    [...rows].sort((x, y) => (x.order ?? Number.MAX_SAFE_INTEGER) - (y.order ?? Number.MAX_SAFE_INTEGER));
  const overallGoal = ordered(programme.goals.filter((g) => g.kind === GOAL_KIND.overall))[0];
  const groups = (priority: TargetGroupPriority) =>
    nonEmpty(joinList(ordered(programme.targetGroups.filter((t) => t.priority === priority)).map((t) => t.name)));
  return {
    myndighet: a?.agency,
    myndighetens: a ? genitive(a.agency) : undefined,
    "uppdragets namn": a?.name,
    "uppdragets rubrik": a?.heading,
    regeringsbeslut: a ? nonEmpty(joinList(a.governmentRefs)) : undefined,
    diarienummer: a?.dnr,
    "rapportens titel": report.title,
    "rapportens datum": report.date,
    "rapportens ordningstal": ordinalWord(report.number),
    "periodens start": formatMonthYear(report.periodStart),
    "periodens slut": formatMonthYear(report.periodEnd),
    beslutsfattare: report.decisionMaker,
    "beslutsfattarens titel": report.decisionMakerTitle,
    // The outline goes on with ", samt {föredragande}", so the case officers are joined by commas only.
    handläggare: nonEmpty(report.caseOfficers.join(", ")),
    föredragande: report.rapporteur,
    "föredragandens titel": report.rapporteurTitle ?? "",
    ort: report.place,
    // Not signed yet (a draft): the signing line has the place only.
    undertecknad: report.signedOn ? report.signedOn.replaceAll("-", "") : "",
    "antal byggstenar": numberWord(blocks.filter((b) => b.kind === BLOCK_KIND.block).length),
    "antal tvärgående områden": numberWord(blocks.filter((b) => b.kind === BLOCK_KIND.crossCutting).length),
    "övergripande mål": overallGoal ? overallGoal.text.replace(/\.$/, "") : undefined,
    "primära målgrupper": groups(TARGET_GROUP_PRIORITY.primary),
    "ytterligare målgrupper": groups(TARGET_GROUP_PRIORITY.further),
    lägesdatum: formatDateLong(status.asOf),
    "byggstenar som startar senare": joinList(startingLater(programme, report.periodEnd)),
  };
}

/** The names of the blocks not started by the end of the report's period, in their order: they get no section, only a footnote. */
export function startingLater(programme: Programme, periodEnd: string): string[] {
  return [...programme.blocks]
    .sort((x, y) => x.order - y.order)
    .filter((b) => notStartedOn(b, periodEnd))
    .map((b) => b.name);
}

/** `Tillväxtverket` → `Tillväxtverkets`; a name ending in s, x or z takes no extra s. */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

function nonEmpty(text: string): string | undefined {
  return text === "" ? undefined : text;
}
