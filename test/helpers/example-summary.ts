/** The summary facts of the Delrapport 1 example as of 2024-09-18, as the snapshot and browser tests use them. */
import type { SummaryFacts } from "../../src/email/scope.ts";
import { computeStatus } from "../../src/indicators/compute-status.ts";
import { loadProgramme } from "../../src/pipeline/load-programme.ts";
import { DEFAULT_TEMPLATE_DIR, loadOutline } from "../../src/report/outline/load-outline.ts";
import { textRules } from "../../src/report/outline/outline.ts";
import { folderSource } from "../../src/sources/xlsx/folder-source.ts";

export async function exampleSummaryFacts(asOf = "2024-09-18"): Promise<SummaryFacts> {
  const outline = await loadOutline(`${DEFAULT_TEMPLATE_DIR}delrapport.yaml`);
  const source = folderSource("examples/delrapport-1");
  const { programme, problems } = await loadProgramme(source, textRules(outline)).finally(() => source.close());
  const status = computeStatus(programme, { asOf });
  return { slot: status.isoWeek, programme, problems, status, reportLink: "out/delrapport-1.docx" };
}
