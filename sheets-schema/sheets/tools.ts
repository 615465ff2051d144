import { z } from "zod";
import { column } from "../column.ts";
import { defineSheet } from "../sheet.ts";
import { TOOLS } from "../vocabulary.ts";

export const toolsSheet = defineSheet({
  name: "Verktyg",
  help: "De tre verktyg som myndigheten arbetar med och hur de beskrivs i rapporten.",
  rows: "many",
  key: "tool",
  row: z.object({
    tool: column.enumeration(TOOLS, { header: "Verktyg", help: "Kunskap, Nätverk eller Investering." }),
    description: column.markup({ header: "Beskrivning", help: "Beskrivningen efter verktygets namn i avsnittet Metod." }),
    order: column.integer({ header: "Ordning", help: "Ordningen i avsnittet Metod." }).optional(),
  }),
});
