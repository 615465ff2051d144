/**
 * The report outline (templates/delrapport.yaml): chapter order, headings,
 * fixed texts, and which data goes where. The renderer draws whatever it says.
 */
import { z } from "zod";

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
  z.object({ blockSections: z.enum(["byggsten", "tvärgående område"]) }).strict(),
  z.object({ indicators: z.enum(["chart", "goals", "table"]) }).strict(),
  z.object({ activities: z.enum(["byTool", "byBlock"]) }).strict(),
  z.object({ budget: z.enum(["table"]) }).strict(),
  z.object({ blocks: z.enum(["table"]) }).strict(),
]);

export type LeafNode = z.infer<typeof leafNode>;

export interface HeadingNode {
  readonly heading: string;
  readonly numbered?: boolean | undefined;
  readonly pageBreakBefore?: boolean | undefined;
  readonly content: readonly OutlineNode[];
}

export type OutlineNode = LeafNode | HeadingNode;

const headingNode: z.ZodType<HeadingNode> = z.lazy(() =>
  z
    .object({
      heading: z.string().min(1),
      numbered: z.boolean().optional(),
      pageBreakBefore: z.boolean().optional(),
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
      .object({ header: z.string().min(1), appendixHeading: z.string().min(1), appendixIntro: z.string().min(1) })
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
