/**
 * What every part of the renderer shares while one report is drawn: the
 * data, the filled-in placeholders, the heading numbers, and the list of what
 * was missing (each also marked where it bites).
 */
import type { Programme, Report } from "../domain/model.ts";
import type { StatusPicture } from "../indicators/types.ts";
import type { ChapterHeading } from "./chapter-heading.ts";
import type { Outline } from "./outline/outline.ts";
import { fillTemplate, type Field, type Piece, type Values } from "./placeholders.ts";

/** Something the report needed and the workbooks did not give, and where in the report it shows. */
export interface MissingItem {
  /** The heading it is under, e.g. `3.2.2 Bostäder`, or `Försättssida`. */
  readonly where: string;
  readonly message: string;
}

/** One heading of the document, as the reader's outline and the table of contents show it. */
export interface HeadingEntry {
  readonly level: number;
  /** `3.2.1`; none for unnumbered headings. */
  readonly number?: string;
  readonly text: string;
}

/** A figure's alt text, as the document gives it (and a PDF converter may need it again). */
export interface FigureAlt {
  readonly title: string;
  readonly description: string;
  /** A figure drawn as several shapes: each shape's alt text, in drawing order (a converter may tag each shape as a figure). */
  readonly parts?: readonly string[];
}

export interface RenderContext {
  readonly programme: Programme;
  readonly report: Report;
  readonly status: StatusPicture;
  readonly outline: Outline;
  readonly values: Values;
  /** The report is drawn as a draft: UTKAST on every page, and the title page says it is not decided. */
  readonly draft: boolean;
  /** Fills in a template (with extra local values, e.g. `{mottagare}`); each missing value is recorded under the current heading. */
  fill(
    template: string,
    options?: { readonly values?: Values; readonly fields?: Readonly<Record<string, Field>>; readonly place?: string },
  ): Piece[];
  /** Records something missing under the current heading, or at `place`. */
  noteMissing(message: string, place?: string): void;
  /** Starts a heading: gives its number (when numbered) and makes it the place of what is missing next. */
  enterHeading(level: number, text: string, numbered: boolean): HeadingEntry;
  /** Records a heading that starts a new page unless the layout leaves its break out. */
  noteChapterHeading(heading: ChapterHeading): void;
  /** The headings that start a new page unless the layout leaves their break out, in document order. */
  readonly chapterHeadings: readonly ChapterHeading[];
  /** Records a figure's alt text, in document order. */
  noteFigure(figure: FigureAlt): void;
  readonly headings: readonly HeadingEntry[];
  readonly missing: readonly MissingItem[];
  readonly figures: readonly FigureAlt[];
}

/** The place name used for what is missing before the first heading. */
export const TITLE_PAGE_PLACE = "Försättssida";
/** The place name for what is missing in the header, footer or document properties. */
export const CHROME_PLACE = "Sidhuvud, sidfot och dokumentegenskaper";

export function createContext(init: {
  programme: Programme;
  report: Report;
  status: StatusPicture;
  outline: Outline;
  values: Values;
  draft: boolean;
}): RenderContext {
  const headings: HeadingEntry[] = [];
  const missing: MissingItem[] = [];
  const figures: FigureAlt[] = [];
  const chapterHeadings: ChapterHeading[] = [];
  const counters: number[] = [];
  let where = TITLE_PAGE_PLACE;
  const noteMissing = (message: string, place = where) => {
    missing.push({ where: place, message });
  };
  return {
    programme: init.programme,
    report: init.report,
    status: init.status,
    outline: init.outline,
    values: init.values,
    draft: init.draft,
    headings,
    missing,
    figures,
    noteMissing,
    chapterHeadings,
    noteChapterHeading: (heading) => {
      chapterHeadings.push(heading);
    },
    noteFigure: (figure) => {
      figures.push(figure);
    },
    fill(template, options = {}) {
      const pieces = fillTemplate(template, { ...init.values, ...options.values }, options.fields);
      for (const p of pieces) if (p.kind === "missing") noteMissing(p.message, options.place);
      return pieces;
    },
    enterHeading(level, text, numbered) {
      let number: string | undefined;
      if (numbered) {
        counters.length = level;
        for (let i = 0; i < level; i++) counters[i] ??= 0;
        counters[level - 1] = (counters[level - 1] ?? 0) + 1;
        number = counters.join(".");
      }
      const entry: HeadingEntry = number === undefined ? { level, text } : { level, number, text };
      headings.push(entry);
      where = number === undefined ? text : `${number} ${text}`;
      return entry;
    },
  };
}
