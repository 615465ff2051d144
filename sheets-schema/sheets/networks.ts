import { z } from "zod";
import { column } from "../column.ts";
import { defineSheet } from "../sheet.ts";

export const networksSheet = defineSheet({
  name: "Nätverk",
  help: "Nätverk och forum som arbetsgruppen deltar i.",
  rows: "many",
  row: z.object({
    name: column.text({ header: "Namn", help: "Nätverkets eller forumets namn.", width: 40 }),
    description: column.markup({ header: "Beskrivning", help: "Vad nätverket gör och vad deltagandet ger." }).optional(),
    role: column.text({ header: "Roll", help: "Myndighetens roll, t.ex. deltagare eller sammankallande.", width: 20 }).optional(),
    from: column.date({ header: "Från", help: "När deltagandet började." }).optional(),
    to: column.date({ header: "Till", help: "När deltagandet upphörde." }).optional(),
  }),
});
