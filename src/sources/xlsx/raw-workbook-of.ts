import type { RawSheet, RawWorkbook, ReadNote } from "../raw-workbook.ts";

/** Where a parsed .xlsx came from: what the parse itself cannot know. */
export interface ParsedFile {
  readonly name: string;
  readonly location: string;
  /** The file's time, for a workbook whose core properties do not say when it was saved. */
  readonly fileModified: string;
  readonly notes?: readonly ReadNote[];
}

/** A parsed .xlsx as a raw workbook, dated by its own last-saved date: a file copied, downloaded or checked out gets a new file time. */
export function rawWorkbookOf(
  parsed: { readonly dateSystem: 1900 | 1904; readonly sheets: RawSheet[]; readonly modified?: string },
  file: ParsedFile,
): RawWorkbook {
  return {
    name: file.name,
    location: file.location,
    dateSystem: parsed.dateSystem,
    sheets: parsed.sheets,
    modifiedAt: parsed.modified ?? file.fileModified,
    ...(file.notes ? { notes: file.notes } : {}),
  };
}
