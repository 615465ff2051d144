/** One inline text or link of the markup as a Word run: the part footnotes and body text share. */
import { ExternalHyperlink, TextRun } from "docx";
import { isAllowedLink } from "../text/links.ts";
import type { Inline } from "../text/markup.ts";
import { breakable } from "./breakable.ts";

type TextOrLink = Exclude<Inline, { readonly type: "footnote" }>;

export function textOrLinkRun(inline: TextOrLink, forceBold = false): TextRun | ExternalHyperlink {
  const bold = forceBold || inline.bold;
  // Validation reports any other link as an error; a draft still shows its text, never a link.
  if (inline.type === "text" || !isAllowedLink(inline.href))
    return new TextRun({ text: breakable(inline.text), bold, italics: inline.italic });
  return new ExternalHyperlink({
    link: inline.href,
    children: [new TextRun({ text: breakable(inline.text), style: "Hyperlink", bold, italics: inline.italic })],
  });
}
