import { z } from "zod";
import { column } from "../column.ts";
import { defineSheet } from "../sheet.ts";

export const measurementsSheet = defineSheet({
  name: "Mätningar",
  help: "Uppmätta värden för indikatorerna. En rad per indikator och datum.",
  rows: "many",
  row: z.object({
    indicator: column.ref("indicator", {
      header: "Indikator",
      help: "Indikatorns id (bladet Indikatorer i den centrala arbetsboken).",
      example: "I1",
    }),
    date: column.date({ header: "Datum", help: "Datum som värdet avser." }),
    value: column.number({ header: "Värde", help: "Uppmätt värde. Decimalkomma går bra." }),
    comment: column.text({ header: "Kommentar", help: "Varifrån värdet kommer." }).optional(),
  }),
});
