/** One inline text or link of the markup as a Word run: the part footnotes and body text share. */
import { ExternalHyperlink, TextRun } from "docx";
import type { Inline } from "../text/markup.ts";

type TextOrLink = Exclude<Inline, { readonly type: "footnote" }>;

export function textOrLinkRun(inline: TextOrLink, forceBold = false): TextRun | ExternalHyperlink {
  const bold = forceBold || inline.bold;
  if (inline.type === "text") return new TextRun({ text: inline.text, bold, italics: inline.italic });
  return new ExternalHyperlink({ link: inline.href, children: [new TextRun({ text: inline.text, style: "Hyperlink", bold, italics: inline.italic })] });
}
