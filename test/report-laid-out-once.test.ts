/**
 * The report is laid out once: the document is drawn once, laid out with its
 * chapter breaks soft, and written with the breaks the layout left out left
 * out, so docx/layout's estimators run once each though the body is prepared
 * twice (counted through a wrapped docx/layout).
 */
import type * as Layout from "docx/layout";
import { describe, expect, it, vi } from "vitest";
import { renderExampleReport } from "./helpers/example-report.ts";

const calls = vi.hoisted(() => ({ soft: 0, plain: 0, listNumbers: 0 }));
vi.mock("docx/layout", async (importActual) => {
  const actual = await importActual<typeof Layout>();
  type Estimator = typeof actual.estimatePageNumbers;
  type ListNumbers = NonNullable<Estimator["listNumbers"]>;
  const listNumbers: ListNumbers = (...args) => {
    calls.listNumbers++;
    return (actual.estimatePageNumbers.listNumbers as ListNumbers)(...args);
  };
  const plain = (...args: Parameters<Estimator>) => {
    calls.plain++;
    return actual.estimatePageNumbers(...args);
  };
  return {
    ...actual,
    estimatePageNumbers: Object.assign(plain, { listNumbers }),
    estimatePageNumbersWith: (options: Parameters<typeof actual.estimatePageNumbersWith>[0]) => {
      const estimator = actual.estimatePageNumbersWith(options);
      const soft = (...args: Parameters<Estimator>) => {
        calls.soft++;
        return estimator(...args);
      };
      return Object.assign(soft, { listNumbers: estimator.listNumbers });
    },
  };
});

describe("the example report, one of whose chapter breaks is left out", () => {
  it("is laid out once and its TOC list numbers read once, though its body is prepared to be laid out and again to be written", async () => {
    const { rendered, docx } = await renderExampleReport();
    expect(docx.length).toBeGreaterThan(10_000);
    expect(rendered.outline.length).toBeGreaterThan(20);
    expect(calls).toEqual({ soft: 1, plain: 0, listNumbers: 1 });
  }, 240_000);
});
