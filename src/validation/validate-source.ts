import { blockWorkbook, centralWorkbook } from "../../sheets-schema/index.ts";
import type { OmittedRows, Programme, WorkbookInfo } from "../domain/model.ts";
import type { RawWorkbook } from "../sources/raw-workbook.ts";
import type { WorkbookOutcome } from "../sources/workbook-source.ts";
import { assembleProgramme } from "./assemble.ts";
import type { AllRows, BlockRows, CentralRows } from "./checks/all-rows.ts";
import { blockProblems } from "./checks/blocks.ts";
import { dateProblems } from "./checks/dates.ts";
import { duplicateIds } from "./checks/duplicate-ids.ts";
import type { Finding } from "./checks/finding.ts";
import { indicatorProblems } from "./checks/indicators.ts";
import { plausibleValues } from "./checks/plausible-values.ts";
import { recommendationProblems } from "./checks/recommendations.ts";
import { unknownReferences } from "./checks/references.ts";
import { textProblems, type TextRules } from "./checks/texts.ts";
import type { Located } from "./located.ts";
import type { Problem } from "./problem.ts";
import { countOmitted } from "./omitted.ts";
import { inReadingOrder } from "./order.ts";
import { readWorkbook } from "./read-workbook.ts";
import { appendAll } from "../collections/append-all.ts";

/** The central workbook, read and typed: enough to know which block workbooks to read next. */
export interface CentralStage {
  readonly info: WorkbookInfo;
  readonly rows: CentralRows;
  readonly problems: readonly Problem[];
  readonly omitted: readonly OmittedRows[];
}

export interface Validated {
  readonly programme: Programme;
  /** Every problem, central workbook first, then the blocks in their order. */
  readonly problems: readonly Problem[];
}

export function readCentralStage(outcome: WorkbookOutcome): CentralStage {
  if (!outcome.ok) {
    return {
      info: failedInfo(outcome, null),
      rows: emptyRows(centralWorkbook) as unknown as CentralRows,
      problems: outcome.problems,
      omitted: [],
    };
  }
  const read = readWorkbook(outcome.workbook, centralWorkbook, "central");
  return { info: info(outcome.workbook, null), rows: read.rows, problems: read.problems, omitted: read.omitted };
}

/** The block workbooks the central workbook points at, in its order; a workbook named twice is read for the first row only (the checks report the other). */
export function blockWorkbookRefs(central: CentralStage): { readonly blockId: string; readonly ref: string }[] {
  const claimed = new Set<string>();
  const first = central.rows.blocks.filter((r) => {
    const ref = r.value.workbook?.toLowerCase();
    if (ref === undefined || claimed.has(ref)) return false;
    claimed.add(ref);
    return true;
  });
  return first.sort((a, b) => a.value.order - b.value.order).map((r) => ({ blockId: r.value.id, ref: r.value.workbook ?? "" }));
}

/** A block workbook, read and typed: its raw sheets are no longer needed, so they can be let go before the next arrives. */
export interface BlockStage {
  readonly blockId: string;
  readonly info: WorkbookInfo;
  /** None when the workbook could not be read. */
  readonly rows?: BlockRows;
  readonly problems: readonly Problem[];
  readonly omitted: readonly OmittedRows[];
}

export function readBlockStage(blockId: string, outcome: WorkbookOutcome): BlockStage {
  if (!outcome.ok) return { blockId, info: failedInfo(outcome, blockId), problems: outcome.problems, omitted: [] };
  const read = readWorkbook(outcome.workbook, blockWorkbook, "block");
  return { blockId, info: info(outcome.workbook, blockId), rows: read.rows, problems: read.problems, omitted: read.omitted };
}

/**
 * Validates the whole source: each block workbook's sheets, then everything
 * that spans rows and workbooks. Never throws on bad data.
 */
export function validateSource(
  central: CentralStage,
  blocks: readonly { readonly blockId: string; readonly outcome: WorkbookOutcome }[],
  rules: TextRules,
  extraProblems: readonly Problem[] = [],
): Validated {
  return validateStages(
    central,
    blocks.map((b) => readBlockStage(b.blockId, b.outcome)),
    rules,
    extraProblems,
  );
}

/** Validates the whole source from its workbooks already read and typed (`readCentralStage`, `readBlockStage`). */
export function validateStages(
  central: CentralStage,
  blocks: readonly BlockStage[],
  rules: TextRules,
  extraProblems: readonly Problem[] = [],
): Validated {
  const problems: Problem[] = [...central.problems];
  const blockRows = new Map<string, BlockRows>();
  const workbooks: WorkbookInfo[] = [central.info];
  const unread: OmittedRows[] = [...central.omitted];
  for (const block of blocks) {
    appendAll(problems, block.problems);
    workbooks.push(block.info);
    if (!block.rows) continue;
    blockRows.set(block.blockId, block.rows);
    appendAll(unread, block.omitted);
  }
  appendAll(problems, extraProblems);

  const all: AllRows = { central: central.rows, blocks: blockRows };
  const findings: Finding[] = [
    ...duplicateIds(all),
    ...unknownReferences(all),
    ...dateProblems(all),
    ...indicatorProblems(all),
    ...plausibleValues(all),
    ...recommendationProblems(all),
    ...blockProblems(all),
    ...textProblems(all, rules),
  ];
  const rejected = new Set<Located<unknown>>();
  for (const f of findings) {
    problems.push(f.problem);
    if (f.row && f.problem.severity === "error") rejected.add(f.row);
  }
  const omitted = countOmitted(unread, rejected, workbooks);
  return { programme: assembleProgramme(all, rejected, workbooks, omitted), problems: inReadingOrder(problems, workbooks) };
}

function info(raw: RawWorkbook, owner: string | null): WorkbookInfo {
  return { name: raw.name, location: raw.location, owner, readable: true, ...(raw.modifiedAt ? { modifiedAt: raw.modifiedAt } : {}) };
}

function failedInfo(outcome: { name: string; location: string }, owner: string | null): WorkbookInfo {
  return { name: outcome.name, location: outcome.location, owner, readable: false };
}

function emptyRows(layout: Record<string, unknown>): Record<string, readonly never[]> {
  return Object.fromEntries(Object.keys(layout).map((k) => [k, []]));
}
