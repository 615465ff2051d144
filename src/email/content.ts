/**
 * The summary as data, before it becomes HTML or plain text: every string in
 * it is already Swedish, on one line and cut to its limit, so both renderers
 * show the same facts and neither has to know the domain.
 */

/** How a row or cell should catch the eye: fine, watch, act, or nothing to say. */
export type Tone = "ok" | "warn" | "bad" | "muted";

export interface Link {
  readonly href: string;
  readonly label: string;
}

/**
 * A bar of a share from 0 to 1, with the share expected by now where there is
 * one. `text` says the same in words: it is what the plain text and screen
 * readers get, and what a reader sees when a client drops the colours.
 */
export interface Bar {
  readonly share: number;
  readonly expected?: number;
  readonly tone: Tone;
  readonly text: string;
}

/** A small course of values over time, oldest first, with the same said in words. */
export interface Course {
  readonly values: readonly number[];
  readonly text: string;
}

/** A status word and what it means, for the legend. */
export interface LegendItem {
  readonly term: string;
  readonly meaning: string;
  readonly tone: Tone;
}

export interface Legend {
  readonly title: string;
  readonly items: readonly LegendItem[];
}

/** One line of "Att uppmärksamma denna vecka", pointing at the section that says more. */
export interface AttentionLine {
  readonly text: string;
  /** The `id` of the section it refers to. */
  readonly anchor: string;
  readonly tone: Tone;
}

/** A labelled bar under the heading: the share of the assignment's time or budget used. */
export interface Gauge {
  readonly label: string;
  readonly bar: Bar;
}

export interface Row {
  /** The first column: what the row is about. */
  readonly label: string;
  /** The other columns; an empty string leaves a cell blank. */
  readonly cells: readonly string[];
  /** Which cell (index in `cells`) carries the tone. */
  readonly toneCell?: number;
  readonly tone?: Tone;
  /** Tones of further cells, by index in `cells` (e.g. the workbook's state beside the block's status). */
  readonly cellTones?: Readonly<Record<number, Tone>>;
  readonly link?: Link;
  /** Progress against the progress expected by now. */
  readonly bar?: Bar;
  /** The course of the row's measurements. */
  readonly course?: Course;
}

export interface Section {
  /** Anchor for links from the attention lines: lower-case ASCII, unique in the message. */
  readonly id: string;
  readonly title: string;
  /** A sentence or two before the rows. */
  readonly note?: string;
  /** Column headings, the label column first; rows then form a table. */
  readonly columns: readonly string[];
  readonly rows: readonly Row[];
  /** Said instead of the rows when there are none. */
  readonly empty?: string;
  /** Said after the rows when some were left out, e.g. `… och 12 till`. */
  readonly more?: string;
  /** What the status words of the section mean. */
  readonly legend?: Legend;
}

export interface SummaryContent {
  readonly subject: string;
  /** The hidden preview line inboxes show after the subject. */
  readonly preheader: string;
  readonly greeting: string;
  readonly heading: string;
  /** "Öppna i webbläsaren": the same lägesbild as a web page, when there is one. */
  readonly webLink?: Link;
  /** Title of the attention list. */
  readonly attentionTitle: string;
  /** At most five lines, most important first; one line saying all is calm when there is nothing. */
  readonly attention: readonly AttentionLine[];
  /** Short facts under the heading, one per line. */
  readonly facts: readonly string[];
  /** Time and budget used, as bars. */
  readonly gauges: readonly Gauge[];
  readonly sections: readonly Section[];
  /** Why the recipient gets the message and what it is. */
  readonly footer: readonly string[];
}
