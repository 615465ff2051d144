/** The monthly draft e-mail as plain text and HTML, from the facts of the run. */
import { escapeHtml } from "../email/html.ts";
import { DRAFT_TEXTS as T } from "./draft-texts.ts";

export interface DraftFacts {
  readonly title: string;
  readonly asOf: string;
  readonly fileName: string;
  readonly bytes: number;
  readonly errors: number;
  readonly warnings: number;
  readonly missing: number;
  /** Where the draft is when it is not attached. */
  readonly link?: string;
}

export interface ComposedDraft {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export function composeDraft(facts: DraftFacts, name: string | undefined): ComposedDraft {
  const delivery = facts.link ? [T.linked(facts.bytes), facts.link] : [T.attached(facts.fileName, facts.bytes)];
  const paragraphs: (readonly string[])[] = [
    [T.greeting(name)],
    [T.intro(facts.title, facts.asOf)],
    delivery,
    [T.problems(facts.errors, facts.warnings), ...(facts.missing > 0 ? [T.missing(facts.missing)] : [])],
    [T.footer],
  ];
  const text = `${paragraphs.map((lines) => lines.join("\n")).join("\n\n")}\n`;
  const html = paragraphs
    .map(
      (lines) =>
        `<p>${lines.map((line) => (line === facts.link ? `<a href="${escapeHtml(line)}">${escapeHtml(line)}</a>` : escapeHtml(line))).join("<br>")}</p>`,
    )
    .join("\n");
  return { subject: T.subject(facts.title, facts.asOf), text, html: `<!doctype html><html lang="sv"><body>\n${html}\n</body></html>\n` };
}
