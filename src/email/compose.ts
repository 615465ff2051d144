/** One recipient's summary, ready for a transport: subject, plain text and HTML. */
import { buildSummaryContent } from "./build-content.ts";
import type { SummaryContent } from "./content.ts";
import { renderHtml } from "./render-html.ts";
import { renderText } from "./render-text.ts";
import type { Audience, SummaryFacts } from "./scope.ts";

export interface ComposedSummary {
  /** On one line and cut to its limit. */
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** Composes the summary for one audience. Pure: the same facts give the same message. */
export function composeSummary(facts: SummaryFacts, audience: Audience): ComposedSummary {
  return renderSummary(buildSummaryContent(facts, audience));
}

/** The message of a summary's content: its subject, plain text and HTML. */
export function renderSummary(content: SummaryContent): ComposedSummary {
  return { subject: content.subject, text: renderText(content), html: renderHtml(content) };
}
