/**
 * The TOC's page numbers, worked out once per document. docx works them out
 * each time the document's body is prepared for XML: once when the report is
 * laid out to find sparse pages, and again when the same document is packed.
 * The second time would read and lay out the whole body again for the same
 * answer, which at 100 000 activities is seconds of CPU.
 */
import type { PageNumberEstimator } from "docx";
import { estimatePageNumbers } from "docx/layout";

type Estimate = ReturnType<PageNumberEstimator>;
type ListNumbers = NonNullable<PageNumberEstimator["listNumbers"]>;

/**
 * An estimator that remembers, per document, what docx's estimator and its
 * list numbers gave. A document's body is prepared the same way every time
 * (the drawing and relationship ids it draws afresh lay out no differently),
 * so the answer for a document stands.
 */
export function pageNumbersOncePerDocument(): PageNumberEstimator {
  const estimates = new WeakMap<object, Estimate>();
  const lists = new WeakMap<object, ReturnType<ListNumbers>>();
  const listNumbers = estimatePageNumbers.listNumbers as ListNumbers;
  const estimate: PageNumberEstimator = (body, context) => {
    const file = context.file as object | undefined;
    if (!file) return estimatePageNumbers(body, context);
    const known = estimates.get(file);
    if (known) return known;
    const worked = estimatePageNumbers(body, context);
    estimates.set(file, worked);
    return worked;
  };
  return Object.assign(estimate, {
    listNumbers: (body: Parameters<ListNumbers>[0], context: Parameters<ListNumbers>[1]) => {
      const file = context.file as object | undefined;
      if (!file) return listNumbers(body, context);
      const known = lists.get(file);
      if (known) return known;
      const worked = listNumbers(body, context);
      lists.set(file, worked);
      return worked;
    },
  });
}
