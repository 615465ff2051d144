import { writeFile } from "node:fs/promises";
import { Packer } from "docx";
import type { Programme } from "../domain/model.ts";
import { computeStatus } from "../indicators/compute-status.ts";
import type { Outline } from "../report/outline/outline.ts";
import { renderReport, type RenderedReport } from "../report/render-report.ts";
import type { Problem } from "../validation/problem.ts";
import { UsageError } from "./open-source.ts";

export interface WriteReportInput {
  readonly programme: Programme;
  readonly problems: readonly Problem[];
  readonly outline: Outline;
  readonly reportNumber: number;
  readonly asOf: string;
  readonly out: string;
  readonly strict?: boolean;
}

/** Computes, renders and writes one delrapport; nothing is written when `strict` refuses a draft. */
export async function writeReportFile(input: WriteReportInput): Promise<RenderedReport> {
  const { programme, problems, outline, reportNumber, asOf } = input;
  const status = computeStatus(programme, { asOf, reportNumber });
  const rendered = renderReport({ programme, status, outline, reportNumber, problems, strict: input.strict === true });
  if (!rendered.document) return rendered;
  const buffer = await Packer.toBuffer(rendered.document);
  await writeFile(input.out, buffer).catch((cause: unknown) => {
    throw new UsageError(`Kunde inte skriva ${input.out}: ${cause instanceof Error ? cause.message : String(cause)}`);
  });
  return rendered;
}
