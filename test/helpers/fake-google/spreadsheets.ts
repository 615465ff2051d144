/** A cell as the Sheets API returns it with UNFORMATTED_VALUE: numbers (dates as serials), text, booleans; empty is `null`/`undefined`/`""`. */
export type FakeValue = string | number | boolean | null | undefined;

export interface FakeSheet {
  readonly title: string;
  /** The `gid`; defaults to 0 for the first sheet and a stable number for the others. */
  readonly sheetId?: number;
  readonly hidden?: boolean;
  /** `OBJECT` is a chart sheet: it has no cells. */
  readonly sheetType?: "GRID" | "OBJECT";
  /** Rows from A1. */
  readonly values?: readonly (readonly FakeValue[])[];
  /** Merged ranges in A1 form, e.g. `B3:B5`. */
  readonly merges?: readonly string[];
  /** What `spreadsheets.batchUpdate` set: frozen rows, protected ranges, data validation, notes by `row:column` (0-based). */
  readonly frozenRowCount?: number;
  readonly protectedRanges?: readonly FakeProtectedRange[];
  readonly validations?: readonly FakeValidation[];
  readonly notes?: ReadonlyMap<string, string>;
}

export interface FakeProtectedRange {
  readonly range: { readonly sheetId?: number; readonly startRowIndex?: number; readonly endRowIndex?: number };
  readonly editors: readonly string[];
  readonly warningOnly: boolean;
}

export interface FakeValidation {
  readonly range: {
    readonly sheetId?: number;
    readonly startRowIndex?: number;
    readonly endRowIndex?: number;
    readonly startColumnIndex?: number;
  };
  readonly rule: {
    readonly condition?: { readonly type?: string; readonly values?: readonly { readonly userEnteredValue?: string }[] };
    readonly strict?: boolean;
    readonly inputMessage?: string;
  };
}

export interface FakeSpreadsheet {
  readonly id: string;
  readonly title: string;
  readonly sheets: readonly FakeSheet[];
  /** When Drive says it last changed (RFC 3339); DEFAULT_MODIFIED_TIME when not given. */
  readonly modifiedTime?: string;
}

/** The spreadsheets the fake server knows, by id. */
export class SpreadsheetStore {
  private readonly byId = new Map<string, FakeSpreadsheet>();

  put(...spreadsheets: FakeSpreadsheet[]): this {
    for (const s of spreadsheets) this.byId.set(s.id, s);
    return this;
  }

  get(id: string): FakeSpreadsheet | undefined {
    return this.byId.get(id);
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }
}

/** The sheet id a sheet has in the fake: as given, 0 for the first, else a stable 9-digit number from its title. */
export function sheetIdOf(sheet: FakeSheet, index: number): number {
  if (sheet.sheetId !== undefined) return sheet.sheetId;
  if (index === 0) return 0;
  let h = 0;
  for (const ch of sheet.title) h = (h * 31 + ch.codePointAt(0)!) % 900_000_000;
  return 100_000_000 + h;
}

/** `B3:C5` as a 0-based, end-exclusive grid range. */
export function gridRangeOf(a1: string, sheetId: number) {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`fake-google: merge ${a1} is not like B3:C5`);
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return {
    sheetId,
    startRowIndex: Number(m[2]) - 1,
    endRowIndex: Number(m[4]),
    startColumnIndex: col(m[1]!),
    endColumnIndex: col(m[3]!) + 1,
  };
}
