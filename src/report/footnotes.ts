/**
 * Footnotes: a `[^id]` in a text becomes a real Word footnote with the text of
 * the source row `id` (its link clickable), or with a text the outline
 * generates from data (`generatedFootnotes`, e.g. the blocks that start later).
 */
import { ExternalHyperlink, FootnoteReferenceRun, Paragraph, type ParagraphChild, TextRun } from "docx";
import { parseMarkup } from "../text/markup.ts";
import type { RenderContext } from "./context.ts";
import { MISSING } from "./labels.ts";
import { textOrLinkRun } from "./inline-runs.ts";
import { markRun, pieceRuns } from "./paragraphs.ts";
import { startingLater } from "./placeholders.ts";
import { breakable } from "./breakable.ts";
import { isAllowedLink } from "../text/links.ts";

const FOOTNOTE_TEXT = "FootnoteText";

/**
 * How many items a generated footnote speaks of, which picks its `one` or
 * `many` wording; 0 leaves the footnote out, as it would say nothing true.
 */
const GENERATED_COUNTS: Readonly<Record<string, (ctx: RenderContext) => number>> = {
  "startar-senare": (ctx) => startingLater(ctx.programme, ctx.report.periodEnd).length,
};

/** The footnote for `[^id]`, or nothing when a generated footnote has nothing to say. */
export function footnoteRun(id: string, ctx: RenderContext): FootnoteReferenceRun | undefined {
  const content = footnoteContent(id, ctx);
  if (content === undefined) return undefined;
  const [first, ...rest] = content;
  // Word writes the footnote's own number first; a space keeps it off the text.
  const paragraphs = [
    new Paragraph({ style: FOOTNOTE_TEXT, children: [new TextRun(" "), ...(first ?? [])] }),
    ...rest.map((children) => new Paragraph({ style: FOOTNOTE_TEXT, children })),
  ];
  return new FootnoteReferenceRun({ children: paragraphs });
}

/** The footnote's paragraphs, as runs each. */
function footnoteContent(id: string, ctx: RenderContext): ParagraphChild[][] | undefined {
  const generated = ctx.outline.generatedFootnotes[id];
  if (generated) {
    const count = GENERATED_COUNTS[id]?.(ctx);
    if (count === 0) return undefined;
    return [pieceRuns(ctx.fill(count === 1 ? generated.one : generated.many))];
  }
  const source = ctx.programme.sources.find((s) => s.id === id);
  if (!source) return [[markRun(ctx, MISSING.footnoteSource(id))]];
  const blocks = parseMarkup(source.text).blocks;
  const hasOwnLinks = blocks.some((b) => b.inlines.some((i) => i.type === "link"));
  return blocks.map((block) => {
    // A footnote inside a footnote cannot be: Word has footnotes only in the body.
    const text = block.inlines.flatMap((i) => (i.type === "footnote" ? [] : [i]));
    if (!source.link || !isAllowedLink(source.link) || hasOwnLinks) return text.map((i) => textOrLinkRun(i));
    return [
      new ExternalHyperlink({
        link: source.link,
        children: text.map((t) => new TextRun({ text: breakable(t.text), style: "Hyperlink", bold: t.bold, italics: t.italic })),
      }),
    ];
  });
}
