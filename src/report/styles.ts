/**
 * The look of the report: Word's built-in styles (Title, Heading 1–3, List
 * Bullet, Caption, TOC Heading, Footnote Text …) restyled, with Swedish as the
 * language of all text. Spacing lives here, in the styles, never in empty
 * paragraphs. Arial and Times New Roman have metric twins (Liberation) in
 * LibreOffice, so pages break alike in Word and LibreOffice.
 */
import { AlignmentType, BorderStyle, LevelFormat, LevelSuffix, LineRuleType, type INumberingOptions, type IStylesOptions } from "docx";

export const FONTS = { heading: "Arial", body: "Times New Roman" } as const;

/** A4 in twips, with 2.5 cm margins. */
export const PAGE = { width: 11906, height: 16838, margin: 1418, headerFooter: 709 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Style ids the renderer refers to. */
export const STYLE = {
  subtitle: "Subtitle",
  assignmentHeading: "AssignmentHeading",
  signature: "Signature",
  listBullet: "ListBullet",
  tocHeading: "TOCHeading",
  caption: "Caption",
  tableText: "TableText",
  tableHeading: "TableHeading",
  draftMark: "DraftMark",
  draftNotice: "DraftNotice",
  draftHeader: "DraftHeader",
  strong: "Strong",
  header: "Header",
  footer: "Footer",
  /** Numbering references. */
  bulletList: "bullets",
  headingNumbers: "heading-numbers",
} as const;

const pt = (points: number) => points * 2;
const spacing = (beforePt: number, afterPt: number) => ({ before: beforePt * 20, after: afterPt * 20 });

/** The document's styles, in the given language (e.g. `sv-SE`). */
export function reportStyles(language: string): IStylesOptions {
  // The outline level and the number live in the heading styles (Word's own way): LibreOffice, screen readers and
  // the PDF export see the outline, and a heading a coordinator adds in Word is numbered like the others.
  const heading = (level: number, sizePt: number, beforePt: number, afterPt: number) => ({
    run: { font: FONTS.heading, size: pt(sizePt), bold: true, color: "1F2937" },
    paragraph: {
      spacing: spacing(beforePt, afterPt),
      keepNext: true,
      keepLines: true,
      outlineLevel: level - 1,
      numbering: { reference: STYLE.headingNumbers, level: level - 1 },
    },
  });
  return {
    default: {
      document: {
        run: { font: FONTS.body, size: pt(11.5), language: { value: language } },
        // Without an explicit rule LibreOffice reads the line height as exact, which clips charts and large type.
        paragraph: { spacing: { ...spacing(0, 8), line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font: FONTS.heading, size: pt(26), bold: true, color: "1F2937" }, paragraph: { spacing: spacing(0, 18) } },
      heading1: heading(1, 17, 0, 12),
      heading2: heading(2, 13.5, 18, 6),
      heading3: heading(3, 12, 14, 4),
      listParagraph: { paragraph: { contextualSpacing: true } },
      caption: {
        run: { font: FONTS.heading, size: pt(9), bold: true, italics: false, color: "1F2937" },
        paragraph: { spacing: spacing(10, 4), keepNext: true },
      },
      footnoteText: {
        run: { font: FONTS.body, size: pt(9) },
        paragraph: { spacing: { before: 0, after: 40, line: 240, lineRule: LineRuleType.AUTO } },
      },
      hyperlink: { run: { color: "0B5394", underline: {} } },
    },
    paragraphStyles: [
      {
        id: STYLE.subtitle,
        name: "Subtitle",
        basedOn: "Normal",
        next: "Normal",
        run: { font: FONTS.heading, size: pt(18), color: "1F2937" },
        paragraph: { spacing: spacing(6, 18) },
      },
      {
        id: STYLE.assignmentHeading,
        name: "Uppdragsrubrik",
        basedOn: "Normal",
        next: "Normal",
        run: { font: FONTS.heading, size: pt(12), bold: true },
        paragraph: { spacing: spacing(150, 12), keepNext: true },
      },
      {
        id: STYLE.signature,
        name: "Signature",
        basedOn: "Normal",
        paragraph: { spacing: spacing(30, 0), keepLines: true },
      },
      {
        id: STYLE.listBullet,
        name: "List Bullet",
        basedOn: "Normal",
        paragraph: { contextualSpacing: true, spacing: spacing(0, 8), numbering: { reference: STYLE.bulletList, level: 0 } },
      },
      {
        id: STYLE.tocHeading,
        name: "TOC Heading",
        basedOn: "Normal",
        next: "Normal",
        run: { font: FONTS.heading, size: pt(17), bold: true, color: "1F2937" },
        paragraph: { spacing: spacing(0, 12), keepNext: true },
      },
      {
        id: STYLE.tableText,
        name: "Tabelltext",
        basedOn: "Normal",
        run: { font: FONTS.heading, size: pt(9) },
        paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.tableHeading,
        name: "Tabellrubrik",
        basedOn: STYLE.tableText,
        run: { bold: true },
      },
      {
        id: STYLE.draftNotice,
        name: "Utkastsbesked",
        basedOn: "Normal",
        run: { bold: true },
        paragraph: {
          border: {
            top: { style: BorderStyle.SINGLE, size: 8, color: "B91C1C", space: 4 },
            bottom: { style: BorderStyle.SINGLE, size: 8, color: "B91C1C", space: 4 },
          },
        },
      },
      {
        id: STYLE.header,
        name: "header",
        basedOn: "Normal",
        run: { font: FONTS.heading, size: pt(8), color: "4B5563" },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: STYLE.footer,
        name: "footer",
        basedOn: "Normal",
        run: { font: FONTS.heading, size: pt(8), color: "4B5563" },
        paragraph: { spacing: { after: 0 }, alignment: AlignmentType.RIGHT },
      },
    ],
    characterStyles: [
      { id: STYLE.strong, name: "Strong", basedOn: "DefaultParagraphFont", run: { bold: true } },
      {
        id: STYLE.draftHeader,
        name: "Utkast i sidhuvud",
        basedOn: "DefaultParagraphFont",
        run: { bold: true, size: pt(12), color: "B91C1C" },
      },
      {
        id: STYLE.draftMark,
        name: "Utkastmarkering",
        basedOn: "DefaultParagraphFont",
        // The brackets and words carry the meaning; bold and highlight only draw the eye.
        run: { bold: true, highlight: "yellow" },
      },
    ],
  };
}

const HEADING_STYLE_IDS = ["Heading1", "Heading2", "Heading3"] as const;

/** Bullets for lists, and the 1 / 1.1 / 1.1.1 numbers of numbered headings. */
export function reportNumbering(): INumberingOptions {
  const headingLevel = (level: number, styleId: string) => ({
    level,
    format: LevelFormat.DECIMAL,
    text: Array.from({ length: level + 1 }, (_, i) => `%${i + 1}`).join("."),
    alignment: AlignmentType.LEFT,
    suffix: LevelSuffix.TAB,
    // Linked back to its heading style, as Word links an outline list to Heading 1–3.
    style: { paragraph: { indent: { left: 850, hanging: 850 } }, style: styleId },
  });
  return {
    config: [
      {
        reference: STYLE.bulletList,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: "\u2022",
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 360, hanging: 360 } } },
          },
        ],
      },
      { reference: STYLE.headingNumbers, levels: HEADING_STYLE_IDS.map((id, level) => headingLevel(level, id)) },
    ],
  };
}
