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

export interface Row {
  /** The first column: what the row is about. */
  readonly label: string;
  /** The other columns; an empty string leaves a cell blank. */
  readonly cells: readonly string[];
  /** Which cell (index in `cells`) carries the tone. */
  readonly toneCell?: number;
  readonly tone?: Tone;
  readonly link?: Link;
}

export interface Section {
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
}

export interface SummaryContent {
  readonly subject: string;
  readonly greeting: string;
  readonly heading: string;
  /** Short facts under the heading, one per line. */
  readonly facts: readonly string[];
  readonly sections: readonly Section[];
  /** Why the recipient gets the message and what it is. */
  readonly footer: readonly string[];
}
