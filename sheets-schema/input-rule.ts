import type { ColumnMeta, RefTarget } from "./column.ts";

/**
 * What a spreadsheet may accept in a column, derived from the schema: the one
 * description both the .xlsx templates and the Google spreadsheets are given,
 * so that a drop-down or a date check never says something the validator does not.
 */
export type InputRule =
  | { readonly kind: "list"; readonly values: readonly string[] }
  | { readonly kind: "ref"; readonly target: RefTarget }
  | { readonly kind: "date" }
  | { readonly kind: "number"; readonly integer: boolean; readonly min?: number };

export interface InputCheck {
  readonly rule: InputRule;
  /** Shown when the cell is selected. */
  readonly inputMessage: string;
  /** Shown when the value is refused. */
  readonly errorMessage: string;
}

/** The values a yes/no column is filled with. */
export const BOOLEAN_VALUES = ["ja", "nej"] as const;

/** The check a column gets in a blank workbook, or none (free text, lists of ids, addresses). */
export function inputCheckOf(meta: ColumnMeta): InputCheck | undefined {
  const rule = ruleOf(meta);
  if (!rule) return undefined;
  return { rule, inputMessage: inputMessageOf(meta, rule), errorMessage: errorMessageOf(meta, rule) };
}

function ruleOf(meta: ColumnMeta): InputRule | undefined {
  switch (meta.kind) {
    case "enum":
      return { kind: "list", values: meta.values ?? [] };
    case "boolean":
      return { kind: "list", values: BOOLEAN_VALUES };
    case "ref":
      return meta.refersTo ? { kind: "ref", target: meta.refersTo } : undefined;
    case "date":
      return { kind: "date" };
    case "number":
      return { kind: "number", integer: false };
    case "integer":
      return { kind: "number", integer: true };
    case "amount":
      return { kind: "number", integer: false, min: 0 };
    default:
      return undefined;
  }
}

const REF_NAMES: Record<RefTarget, string> = {
  goal: "ett id från bladet Mål",
  indicator: "ett id från bladet Indikatorer",
  source: "ett id från bladet Källor",
  block: "ett id från bladet Byggstenar",
  report: "ett rapportnummer från bladet Rapporter",
  recommendation: "ett id från bladet Rekommendationer",
};

function inputMessageOf(meta: ColumnMeta, rule: InputRule): string {
  switch (rule.kind) {
    case "list":
      return `Välj i listan: ${rule.values.join(", ")}.`;
    case "ref":
      return `Välj ${REF_NAMES[rule.target]}.`;
    case "date":
      return `Skriv datumet som år-månad-dag, t.ex. ${meta.example ?? "2024-09-18"}.`;
    case "number":
      return rule.integer
        ? "Skriv ett heltal, t.ex. 3."
        : rule.min === 0
          ? "Skriv beloppet i kronor, t.ex. 250000."
          : "Skriv ett tal, t.ex. 4,5.";
  }
}

function errorMessageOf(meta: ColumnMeta, rule: InputRule): string {
  switch (rule.kind) {
    case "list":
      return `${meta.header} ska vara ett av: ${rule.values.join(", ")}.`;
    case "ref":
      return `${meta.header}: värdet finns inte i listan. Välj ${REF_NAMES[rule.target]}.`;
    case "date":
      return `${meta.header} ska vara ett datum, t.ex. 2024-09-18.`;
    case "number":
      return rule.integer
        ? `${meta.header} ska vara ett heltal.`
        : rule.min === 0
          ? `${meta.header} ska vara ett belopp (0 eller mer).`
          : `${meta.header} ska vara ett tal.`;
  }
}
