import { mkdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { WorkbookInfo } from "../../domain/model.ts";
import type { Problem } from "../../validation/problem.ts";
import { annotateWorkbook } from "./annotate-workbook.ts";

export interface AnnotatedCopy {
  readonly workbook: string;
  readonly file: string;
  readonly problems: number;
}

/**
 * Writes an annotated copy of every readable .xlsx workbook of a folder
 * source into `outDir`, under its own name; the originals are never
 * touched (an `outDir` that is the source folder itself is refused).
 */
export async function annotateCopies(
  workbooks: readonly WorkbookInfo[],
  problems: readonly Problem[],
  outDir: string,
): Promise<AnnotatedCopy[]> {
  const target = resolve(outDir);
  const files = workbooks.filter((w) => w.readable && /\.xlsx$/i.test(w.location));
  if (files.some((w) => resolve(dirname(w.location)) === target)) throw new SameFolderError(target);
  await mkdir(target, { recursive: true });
  const copies: AnnotatedCopy[] = [];
  for (const w of files) {
    const own = problems.filter((p) => p.workbook === w.name);
    const workbook = await annotateWorkbook(w.location, own);
    const file = join(target, w.name);
    await workbook.xlsx.writeFile(file);
    copies.push({ workbook: w.name, file, problems: own.length });
  }
  return copies;
}

export class SameFolderError extends Error {
  override readonly name = "SameFolderError";
  constructor(readonly folder: string) {
    super(`the annotated copies would overwrite the workbooks in ${folder}`);
  }
}
