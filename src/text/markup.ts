/**
 * The light inline markup staff write in text cells. It is plain characters,
 * so it survives Excel, LibreOffice and Google Sheets alike:
 *
 *   one paragraph per line; a line starting with "- " is a bullet
 *   **bold**  *italic*  [link text](https://…)  [^source-id] (a footnote)
 *   a backslash makes the next character literal: \*
 */

export type Inline =
  | { readonly type: "text"; readonly text: string; readonly bold: boolean; readonly italic: boolean }
  | { readonly type: "link"; readonly text: string; readonly href: string; readonly bold: boolean; readonly italic: boolean }
  | { readonly type: "footnote"; readonly id: string };

export interface Block {
  readonly kind: "paragraph" | "bullet";
  readonly inlines: readonly Inline[];
}

export interface Parsed {
  readonly blocks: readonly Block[];
  /** Swedish descriptions of markup that could not be read and was kept as plain text. */
  readonly issues: readonly string[];
}

const BULLET = /^(?:-|•|\u2013)\s+/;
/** The characters where markup can start; everything between them is plain text. */
const SPECIAL = /[\\[*h]/g;
// Sticky: tried only where a "[" or an "http" stands, at that position.
const LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/y;
const FOOTNOTE = /\[\^([^\]\s]+)\]/y;
const BARE_URL = /https?:\/\/[^\s<>()]+[^\s<>().,;:!?”"']/y;

/** Every character sequence that can start a link, a footnote or emphasis: text without one is plain text. */
const MARKUP_START = /[[*]|https?:\/\//;

/**
 * Whether a text may hold links, footnotes or emphasis (and so anything parseMarkup could find wrong): checking
 * 100 000 activities' descriptions, most of them plain text, needs no parse for those.
 */
export function mayHoldMarkup(source: string): boolean {
  return MARKUP_START.test(source);
}

export function parseMarkup(source: string): Parsed {
  const issues: string[] = [];
  const blocks: Block[] = [];
  for (const line of source.split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "") continue;
    const bullet = BULLET.exec(trimmed);
    const content = bullet ? trimmed.slice(bullet[0].length) : trimmed;
    blocks.push({ kind: bullet ? "bullet" : "paragraph", inlines: parseInline(content, issues) });
  }
  return { blocks, issues };
}

/** The footnote ids a text refers to, in order of appearance. */
export function footnoteIds(parsed: Parsed): string[] {
  return parsed.blocks.flatMap((b) => b.inlines.flatMap((i) => (i.type === "footnote" ? [i.id] : [])));
}

/** The addresses of the text's links, in order of appearance. */
export function linkTargets(parsed: Parsed): string[] {
  return parsed.blocks.flatMap((b) => b.inlines.flatMap((i) => (i.type === "link" ? [i.href] : [])));
}

/** The text without markup, footnote markers dropped: for e-mail, search and fidelity checks. */
export function plainText(parsed: Parsed): string {
  return parsed.blocks.map((b) => b.inlines.map((i) => (i.type === "footnote" ? "" : i.text)).join("")).join("\n");
}

function parseInline(content: string, issues: string[], emphasis = true): Inline[] {
  const out: Inline[] = [];
  let bold = false;
  let italic = false;
  let buffer = "";
  const flush = () => {
    if (buffer !== "") out.push({ type: "text", text: buffer, bold, italic });
    buffer = "";
  };
  let i = 0;
  while (i < content.length) {
    SPECIAL.lastIndex = i;
    const next = SPECIAL.exec(content);
    if (!next) {
      buffer += content.slice(i);
      break;
    }
    buffer += content.slice(i, next.index);
    i = next.index;
    const ch = content[i] ?? "";
    if (ch === "\\" && i + 1 < content.length) {
      buffer += content[i + 1];
      i += 2;
      continue;
    }
    if (ch === "[") {
      const footnote = stickyMatch(FOOTNOTE, content, i);
      if (footnote) {
        flush();
        out.push({ type: "footnote", id: footnote[1] ?? "" });
        i += footnote[0].length;
        continue;
      }
      const link = stickyMatch(LINK, content, i);
      if (link) {
        flush();
        out.push({ type: "link", text: link[1] ?? "", href: link[2] ?? "", bold, italic });
        i += link[0].length;
        continue;
      }
    }
    if (ch === "h" && (buffer === "" || /[\s(<]$/.test(buffer))) {
      const url = stickyMatch(BARE_URL, content, i);
      if (url) {
        flush();
        out.push({ type: "link", text: url[0], href: url[0], bold, italic });
        i += url[0].length;
        continue;
      }
    }
    if (emphasis && ch === "*") {
      flush();
      if (content[i + 1] === "*") {
        bold = !bold;
        i += 2;
      } else {
        italic = !italic;
        i += 1;
      }
      continue;
    }
    buffer += ch;
    i += 1;
  }
  flush();
  if (bold || italic) {
    // Unbalanced emphasis: keep the asterisks as the characters the author typed.
    issues.push(bold ? "en ** saknar sin avslutande **" : "en * saknar sin avslutande *");
    return parseInline(content, [], false);
  }
  return merge(out);
}

function stickyMatch(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function merge(inlines: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const inline of inlines) {
    const last = merged[merged.length - 1];
    if (last && last.type === "text" && inline.type === "text" && last.bold === inline.bold && last.italic === inline.italic) {
      merged[merged.length - 1] = { ...last, text: last.text + inline.text };
    } else merged.push(inline);
  }
  return merged;
}
