/**
 * The report outline (templates/delrapport.yaml): chapter order, headings,
 * fixed texts, and which data goes where. The renderer draws whatever it says.
 */
import { z } from "zod";
import { BLOCK_KINDS, REPORT_TYPE, type ReportType } from "../../../sheets-schema/vocabulary.ts";

/** What a draft's title page says instead of the decision and the signatures, unless the outline words it. */
const DRAFT_TITLE_PAGE = {
  decision: "UTKAST – delrapporten är inte beslutad. Beslutet fattas av {beslutsfattarens titel} {beslutsfattare}.",
  signing: "Ej undertecknad: detta är ett utkast.",
  unsigned: "(ej undertecknat)",
} as const;

const oneOrMany = z.object({ one: z.string().min(1), many: z.string().min(1) }).strict();

export const LIST_KINDS = ["byggstenar", "tvärgående områden", "delmål", "önskade effekter", "verktyg"] as const;

const titlePage = z
  .object({
    title: z.string(),
    subtitle: z.string(),
    date: z.string(),
    dnr: z.string(),
    assignment: z.string(),
    decision: z.string(),
    caseOfficers: z.string(),
    signing: z.string(),
    signatories: z.array(z.string()),
  })
  .strict();

const leafNode = z.union([
  z.object({ titlePage }).strict(),
  z.object({ toc: z.string().min(1) }).strict(),
  z.object({ text: z.string().min(1) }).strict(),
  z.object({ paragraph: z.string().min(1) }).strict(),
  z.object({ list: z.enum(LIST_KINDS) }).strict(),
  z
    .object({
      recommendations: z
        .object({ style: z.enum(["titles", "full"]), groupHeading: oneOrMany, firstGroupNote: z.string().optional() })
        .strict(),
    })
    .strict(),
  z.object({ blockSections: z.enum(BLOCK_KINDS) }).strict(),
  z.object({ indicators: z.enum(["chart", "goals", "table", "legend", "course"]) }).strict(),
  /** The follow-up of the report before (drawn only when there is one), or every recommendation's fate (`allRecommendations`). */
  z.object({ followUp: z.enum(["indicators", "blocks", "recommendations", "allRecommendations"]) }).strict(),
  z.object({ activities: z.enum(["byTool", "byBlock"]) }).strict(),
  z.object({ budget: z.enum(["table"]) }).strict(),
  z.object({ networks: z.enum(["table"]) }).strict(),
  z.object({ blocks: z.enum(["table", "figure"]) }).strict(),
]);

export type LeafNode = z.infer<typeof leafNode>;

export interface HeadingNode {
  readonly heading: string;
  readonly numbered?: boolean | undefined;
  readonly pageBreakBefore?: boolean | undefined;
  /** Drawn only in a report that has one before it (e.g. a chapter following up the previous report). */
  readonly onlyAfterFirstReport?: boolean | undefined;
  readonly content: readonly OutlineNode[];
}

export type OutlineNode = LeafNode | HeadingNode;

const headingNode: z.ZodType<HeadingNode> = z.lazy(() =>
  z
    .object({
      heading: z.string().min(1),
      numbered: z.boolean().optional(),
      pageBreakBefore: z.boolean().optional(),
      onlyAfterFirstReport: z.boolean().optional(),
      content: z.array(outlineNode),
    })
    .strict(),
);

const outlineNode: z.ZodType<OutlineNode> = z.lazy(() => z.union([headingNode, leafNode]));

export const outlineSchema = z
  .object({
    language: z.string().default("sv-SE"),
    properties: z.object({ title: z.string(), subject: z.string(), author: z.string() }).strict(),
    header: z.string(),
    footer: z.string(),
    generatedFootnotes: z.record(z.string(), oneOrMany).default({}),
    /** How a draft (one written despite problems in the workbooks) says so: in the header, and in an appendix listing them. */
    draft: z
      .object({
        header: z.string().min(1),
        appendixHeading: z.string().min(1),
        appendixIntro: z.string().min(1),
        /** On a draft's title page, in place of the decision sentence. */
        decision: z.string().min(1).default(DRAFT_TITLE_PAGE.decision),
        /** On a draft's title page, in place of the place and date of signing. */
        signing: z.string().min(1).default(DRAFT_TITLE_PAGE.signing),
        /** After each signatory's name on a draft: nobody has signed. */
        unsigned: z.string().min(1).default(DRAFT_TITLE_PAGE.unsigned),
      })
      .strict(),
    /** Lay out the pages when writing, so the table of contents carries page numbers (seconds per report). */
    tocPageNumbers: z.boolean().default(true),
    content: z.array(outlineNode),
  })
  .strict();

export type Outline = z.infer<typeof outlineSchema>;

export function isHeading(node: OutlineNode): node is HeadingNode {
  return "heading" in node;
}

/** Every text slot the outline has: the valid values of Avsnitt on the central Texter sheet. */
export function sectionKeys(outline: Outline): string[] {
  const keys: string[] = [];
  const walk = (nodes: readonly OutlineNode[]) => {
    for (const node of nodes) {
      if (isHeading(node)) walk(node.content);
      else if ("text" in node) keys.push(node.text);
    }
  };
  walk(outline.content);
  return keys;
}

/** The validation rules the outline implies for the workbooks' texts. */
export function textRules(outline: Outline): { sectionKeys: string[]; generatedFootnotes: string[] } {
  return { sectionKeys: sectionKeys(outline), generatedFootnotes: Object.keys(outline.generatedFootnotes) };
}

/** The outline a report is written with: its type on the sheet Rapporter chooses (empty is a delrapport). */
export function outlineFor(
  outlines: { readonly delrapport: Outline; readonly slutrapport: Outline },
  report: { readonly type?: ReportType | undefined } | undefined,
): Outline {
  return report?.type === REPORT_TYPE.final ? outlines.slutrapport : outlines.delrapport;
}

/** The validation rules of several outlines at once: a text is valid when any of them has a place for it. */
export function combinedTextRules(outlines: readonly Outline[]): { sectionKeys: string[]; generatedFootnotes: string[] } {
  const rules = outlines.map(textRules);
  return {
    sectionKeys: [...new Set(rules.flatMap((r) => r.sectionKeys))],
    generatedFootnotes: [...new Set(rules.flatMap((r) => r.generatedFootnotes))],
  };
}
