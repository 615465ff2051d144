/**
 * The Word document around the body: A4 pages, styles, numbering, header and
 * footer (dnr, "Sida X av Y" as PAGE and NUMPAGES fields), the title page
 * without them (a draft's keeps its UTKAST), and the document properties.
 */
import { Document, type FileChild, Footer, Header, PageNumber, type PageNumberEstimator, Paragraph, TextRun } from "docx";
import { PAGE_FIELDS, piecesToText, type Piece } from "./placeholders.ts";
import { CHROME_PLACE, type RenderContext } from "./context.ts";
import type { Outline } from "./outline/outline.ts";
import { markRunOf } from "./paragraphs.ts";
import { PAGE, reportNumbering, reportStyles, STYLE } from "./styles.ts";
import { breakable } from "./breakable.ts";

/** What surrounds the body, filled in: the header, the footer and the document properties. */
export interface Chrome {
  readonly header: readonly Piece[];
  readonly footer: readonly Piece[];
  readonly title: string;
  readonly subject: string;
  readonly author: string;
}

/** Fills in the outline's header, footer and properties (before the draft is decided: they can lack values too). */
export function fillChrome(ctx: RenderContext): Chrome {
  const { outline } = ctx;
  const fill = (template: string) => ctx.fill(template, { fields: PAGE_FIELDS, place: CHROME_PLACE });
  return {
    header: fill(outline.header),
    footer: fill(outline.footer),
    title: piecesToText(fill(outline.properties.title)),
    subject: piecesToText(fill(outline.properties.subject)),
    author: piecesToText(fill(outline.properties.author)),
  };
}

/** `pageNumbers`: lays the pages out as Word would, so the TOC is written with its page numbers (and not marked for update). */
export function buildDocument(
  body: readonly FileChild[],
  chrome: Chrome,
  outline: Outline,
  draft: boolean,
  pageNumbers?: PageNumberEstimator,
): Document {
  const { header, footer } = chrome;
  const blank = () => [new Paragraph({ style: STYLE.header, children: [] })];
  // A draft says so on every page, the title page too, in words that a screen reader reads and that survive
  // printing in black and white (a watermark shape would be an untagged figure in the PDF).
  const draftMark = () => new TextRun({ text: outline.draft.header, style: STYLE.draftHeader });
  const firstHeader = draft ? [new Paragraph({ style: STYLE.header, children: [draftMark()] })] : blank();
  return new Document({
    title: chrome.title,
    subject: chrome.subject,
    creator: chrome.author,
    lastModifiedBy: chrome.author,
    ...(draft ? { keywords: outline.draft.header } : {}),
    styles: reportStyles(outline.language),
    numbering: reportNumbering(),
    ...(pageNumbers ? { pageNumbers } : {}),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
              header: PAGE.headerFooter,
              footer: PAGE.headerFooter,
            },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                style: STYLE.header,
                children: [...(draft ? [draftMark(), new TextRun(" · ")] : []), ...runsWithFields(header)],
              }),
            ],
          }),
          first: new Header({ children: firstHeader }),
        },
        footers: {
          default: new Footer({ children: [new Paragraph({ style: STYLE.footer, children: runsWithFields(footer) })] }),
          first: new Footer({ children: blank() }),
        },
        children: [...body],
      },
    ],
  });
}

function runsWithFields(pieces: readonly Piece[]): TextRun[] {
  return pieces.map((p) => {
    if (p.kind === "text") return new TextRun(breakable(p.text));
    if (p.kind === "missing") return markRunOf(p.message);
    return new TextRun({ children: [p.field === "PAGE" ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES] });
  });
}
