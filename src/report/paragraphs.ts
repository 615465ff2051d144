/**
 * The few kinds of paragraph and run the report is made of, so every part
 * writes body text, bullets and draft marks the same way (and through the
 * document's styles, never with direct formatting for spacing).
 */
import { Paragraph, TextRun, type IParagraphOptions, type ParagraphChild } from "docx";
import type { RenderContext } from "./context.ts";
import type { Piece } from "./placeholders.ts";
import { STYLE } from "./styles.ts";
import { breakable } from "./breakable.ts";

/** A visible mark of something missing, e.g. `[Text saknas: Bostäder, delrapport 2]`; also recorded as missing. */
export function markRun(ctx: RenderContext, message: string): TextRun {
  ctx.noteMissing(message);
  return markRunOf(message);
}

/** The mark for a message already recorded (by `ctx.fill`). */
export function markRunOf(message: string): TextRun {
  return new TextRun({ text: `[${message}]`, style: STYLE.draftMark });
}

/** Runs for filled-in template pieces; page fields are left to headers and footers. */
export function pieceRuns(pieces: readonly Piece[], options: { bold?: boolean } = {}): TextRun[] {
  return pieces.flatMap((p) => {
    if (p.kind === "text") return p.text === "" ? [] : [new TextRun({ text: breakable(p.text), ...options })];
    if (p.kind === "missing") return [markRunOf(p.message)];
    return [];
  });
}

export function bodyParagraph(children: readonly ParagraphChild[], options: Omit<IParagraphOptions, "children"> = {}): Paragraph {
  return new Paragraph({ ...options, children: [...children] });
}

export function bulletParagraph(children: readonly ParagraphChild[], options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    // The style carries the bullet.
    style: STYLE.listBullet,
    ...(options.keepNext ? { keepNext: true } : {}),
    children: [...children],
  });
}

/** A paragraph that stands for a whole missing piece of text. */
export function missingParagraph(ctx: RenderContext, message: string): Paragraph {
  return bodyParagraph([markRun(ctx, message)]);
}
