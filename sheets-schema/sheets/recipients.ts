import { z } from "zod";
import { column } from "../column.ts";
import { defineSheet } from "../sheet.ts";

export const recipientsSheet = defineSheet({
  name: "Mottagare",
  help: "Samordnare och chefer som får lägesbilden och rapportutkasten. Byggstenarnas ansvariga står på bladet Byggstenar.",
  rows: "many",
  key: "email",
  row: z.object({
    name: column.text({ header: "Namn", help: "Mottagarens namn.", width: 24 }),
    email: column.email({ header: "E-post", help: "Mottagarens e-postadress." }),
    role: column.text({ header: "Roll", help: "Till exempel samordnare eller avdelningschef.", width: 18 }).optional(),
    weeklySummary: column.boolean({ header: "Veckosammanfattning", help: "ja om mottagaren ska få den veckovisa lägesbilden." }),
    reportDraft: column.boolean({ header: "Rapportutkast", help: "ja om mottagaren ska få rapportutkastet varje månad." }),
  }),
});
