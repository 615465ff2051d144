/**
 * A chapter heading that starts a new page, unless the layout leaves its break
 * out where it would leave the page before nearly empty (page-numbers.ts).
 * Which breaks are left out is known only once the drawn document is laid out,
 * so each heading holds both ways of writing itself and is written the way
 * the layout decided: the document is drawn once and the pages it was laid
 * out with are the ones it is written with.
 */
import { type IParagraphOptions, Paragraph } from "docx";
import { CHAPTER_SPACE_ABOVE } from "./page-numbers.ts";

type Context = Parameters<Paragraph["prepForXml"]>[0];
type SectionEnd = Parameters<Paragraph["addSectionProperties"]>[0];

const TWIPS_PER_POINT = 20;

export class ChapterHeading extends Paragraph {
  readonly #withoutBreak: Paragraph;
  #breakLeftOut = false;

  constructor(options: IParagraphOptions) {
    super({ ...options, pageBreakBefore: true });
    // A chapter that starts on the page before needs the room above it that a new page gave it; the layout that left
    // the break out gave it the same.
    this.#withoutBreak = this.with({ pageBreakBefore: false, spacing: { before: CHAPTER_SPACE_ABOVE * TWIPS_PER_POINT } });
  }

  /** From now on the heading is written without its page break. */
  leaveBreakOut(): void {
    this.#breakLeftOut = true;
  }

  override prepForXml(context: Context): ReturnType<Paragraph["prepForXml"]> {
    return this.#breakLeftOut ? this.#withoutBreak.prepForXml(context) : super.prepForXml(context);
  }

  override addSectionProperties(sectionProperties: SectionEnd): void {
    super.addSectionProperties(sectionProperties);
    this.#withoutBreak.addSectionProperties(sectionProperties);
  }

  override removeSectionProperties(sectionProperties: SectionEnd): void {
    super.removeSectionProperties(sectionProperties);
    this.#withoutBreak.removeSectionProperties(sectionProperties);
  }
}
