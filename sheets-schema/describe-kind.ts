import type { ColumnMeta } from "./column.ts";

const TARGETS = {
  goal: "id från bladet Mål",
  indicator: "id från bladet Indikatorer",
  source: "id från bladet Källor",
  block: "id från bladet Byggstenar",
  report: "rapportnummer",
  recommendation: "id från bladet Rekommendationer",
} as const;

/** What a column holds, in a few Swedish words, for instructions and docs. */
export function describeKind(meta: ColumnMeta): string {
  switch (meta.kind) {
    case "text":
      return "text";
    case "markup":
      return "text med formatering";
    case "id":
      return "id (utan mellanslag)";
    case "ref":
      return meta.refersTo ? TARGETS[meta.refersTo] : "id";
    case "refList":
      return `${meta.refersTo ? TARGETS[meta.refersTo] : "id"}, flera med semikolon`;
    case "textList":
      return "lista, åtskild med semikolon";
    case "date":
      return "datum (2024-09-18)";
    case "number":
      return "tal";
    case "integer":
      return "heltal";
    case "amount":
      return "belopp i kronor";
    case "boolean":
      return "ja eller nej";
    case "enum":
      return `ett av: ${(meta.values ?? []).join(", ")}`;
    case "email":
      return "e-postadress";
    case "url":
      return "webbadress";
  }
}
