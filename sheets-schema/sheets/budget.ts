import { z } from "zod";
import { column } from "../column.ts";
import { defineSheet } from "../sheet.ts";
import { BUDGET_STATUSES } from "../vocabulary.ts";

export const budgetSheet = defineSheet({
  name: "Budget",
  help: "Uppdragets budget per kalenderår, i kronor.",
  rows: "many",
  key: "year",
  row: z.object({
    year: column.integer({ header: "År", help: "Kalenderåret.", example: "2024" }),
    allocated: column.amount({ header: "Tilldelat", help: "Tilldelade medel i kronor.", example: "10000000" }),
    spent: column.amount({ header: "Förbrukat", help: "Förbrukade medel i kronor hittills under året." }).optional(),
    status: column.enumeration(BUDGET_STATUSES, {
      header: "Status",
      help: "beslutad eller väntad (förutsatt att riksdagen anvisar medlen).",
    }),
    comment: column.text({ header: "Kommentar", help: "Fritext." }).optional(),
  }),
});
