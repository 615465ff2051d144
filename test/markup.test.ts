import { describe, expect, it } from "vitest";
import { footnoteIds, linkTargets, mayHoldMarkup, parseMarkup, plainText } from "../src/text/markup.ts";

describe("the inline markup of text cells", () => {
  it("reads bold, italic, links and footnotes in one paragraph", () => {
    const parsed = parseMarkup("I rapporten *Vem ska stå för risken*[^skr] finns **65 miljarder** – se [SKR](https://skr.se).");
    expect(parsed.issues).toEqual([]);
    expect(parsed.blocks).toEqual([
      {
        kind: "paragraph",
        inlines: [
          { type: "text", text: "I rapporten ", bold: false, italic: false },
          { type: "text", text: "Vem ska stå för risken", bold: false, italic: true },
          { type: "footnote", id: "skr" },
          { type: "text", text: " finns ", bold: false, italic: false },
          { type: "text", text: "65 miljarder", bold: true, italic: false },
          { type: "text", text: " – se ", bold: false, italic: false },
          { type: "link", text: "SKR", href: "https://skr.se", bold: false, italic: false },
          { type: "text", text: ".", bold: false, italic: false },
        ],
      },
    ]);
  });

  it("makes one paragraph per line and bullets of lines starting with a dash", () => {
    const parsed = parseMarkup("Inledning:\n- första\n\n- **andra**\nAvslutning");
    expect(parsed.blocks.map((b) => b.kind)).toEqual(["paragraph", "bullet", "bullet", "paragraph"]);
    expect(plainText(parsed)).toBe("Inledning:\nförsta\nandra\nAvslutning");
  });

  it("keeps unbalanced asterisks as typed, footnotes still working, and reports them", () => {
    const parsed = parseMarkup("5 * 3 är 15[^a]");
    expect(parsed.issues).toHaveLength(1);
    expect(plainText(parsed)).toBe("5 * 3 är 15");
    expect(footnoteIds(parsed)).toEqual(["a"]);
  });

  it("treats a backslash-escaped asterisk as a character", () => {
    expect(plainText(parseMarkup("a \\*b\\* c"))).toBe("a *b* c");
  });

  it("links bare web addresses but not their trailing punctuation", () => {
    const parsed = parseMarkup("Se https://northvolt.com/articles/x/.");
    expect(parsed.blocks[0]?.inlines[1]).toMatchObject({ type: "link", href: "https://northvolt.com/articles/x/" });
  });

  it("says which texts need no parse: without [, * or a web address nothing in them is markup", () => {
    const plain = [
      "Finansiering i Västerbotten – regionerna och kommunerna (dnr Å 2024-1005).",
      "- en punkt\n• en till\n– och en tredje med 25 % och ”citat”",
      "hem, http utan kolon, www.exempel.se och _understruket_ och \\ och ]",
    ];
    for (const text of plain) {
      expect(mayHoldMarkup(text), text).toBe(false);
      const parsed = parseMarkup(text);
      expect(parsed.issues).toEqual([]);
      expect(linkTargets(parsed)).toEqual([]);
      expect(footnoteIds(parsed)).toEqual([]);
      expect(parsed.blocks.flatMap((b) => b.inlines).every((i) => i.type === "text" && !i.bold && !i.italic)).toBe(true);
    }
    for (const text of ["en *kursiv", "se [SKR](https://skr.se)", "källa[^skr]", "se https://skr.se", "http://x.se"])
      expect(mayHoldMarkup(text), text).toBe(true);
  });
});
