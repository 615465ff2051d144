/**
 * Captions numbered by Word's own SEQ fields ("Figur 1", "Tabell 2"), so a
 * figure or table added in Word is numbered with the rest and a list of
 * figures or tables can be built from them.
 */
import { Paragraph, SequentialIdentifier, TextRun } from "docx";
import { CAPTION_LABELS } from "./labels.ts";
import { STYLE } from "./styles.ts";

export type CaptionKind = keyof typeof CAPTION_LABELS;

/** `Figur 1. text` in the Caption style, kept with the figure or table below it (by the style). */
export function captionParagraph(kind: CaptionKind, text: string): Paragraph {
  const label = CAPTION_LABELS[kind];
  return new Paragraph({
    style: STYLE.caption,
    children: [new TextRun(`${label} `), new SequentialIdentifier(label), new TextRun(`. ${text}`)],
  });
}
