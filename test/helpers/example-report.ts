/** Delrapport 1 generated from the example workbooks, as the command line would: report 1, as of 2024-09-18. */
import { computeStatus } from "../../src/indicators/compute-status.ts";
import { loadProgramme } from "../../src/pipeline/load-programme.ts";
import { DEFAULT_TEMPLATE_DIR, loadOutline } from "../../src/report/outline/load-outline.ts";
import { textRules, type Outline } from "../../src/report/outline/outline.ts";
import { packReport } from "../../src/report/pack-report.ts";
import { renderReport, type RenderedReport } from "../../src/report/render-report.ts";
import { folderSource } from "../../src/sources/xlsx/folder-source.ts";

export const EXAMPLE_DIR = "examples/delrapport-1";
export const EXAMPLE_AS_OF = "2024-09-18";

export async function renderExampleReport(
  adjust: (outline: Outline) => Outline = (o) => o,
): Promise<{ rendered: RenderedReport; docx: Buffer; renderMs: number }> {
  const outline = adjust(await loadOutline(`${DEFAULT_TEMPLATE_DIR}delrapport.yaml`));
  const source = folderSource(EXAMPLE_DIR);
  const { programme, problems } = await loadProgramme(source, textRules(outline)).finally(() => source.close());
  const started = performance.now();
  const status = computeStatus(programme, { asOf: EXAMPLE_AS_OF, reportNumber: 1 });
  const rendered = renderReport({ programme, status, outline, reportNumber: 1, problems });
  if (!rendered.document) throw new Error("the example report was refused");
  const docx = await packReport(rendered.document, outline.language);
  return { rendered, docx, renderMs: Math.round(performance.now() - started) };
}
