import { z } from "zod";
import { column } from "../column.ts";
import { defineSheet } from "../sheet.ts";
import { TARGET_GROUP_PRIORITIES } from "../vocabulary.ts";

export const targetGroupsSheet = defineSheet({
  name: "Målgrupper",
  help: "Uppdragets målgrupper. Rapporten räknar upp de primära först och de ytterligare sedan.",
  rows: "many",
  row: z.object({
    name: column.text({
      header: "Namn",
      help: "Målgruppen, skriven så att den passar mitt i en mening (t.ex. berörda kommuner).",
      width: 50,
    }),
    priority: column.enumeration(TARGET_GROUP_PRIORITIES, { header: "Prioritet", help: "primär eller ytterligare." }),
    order: column.integer({ header: "Ordning", help: "Ordningen i uppräkningen." }).optional(),
  }),
});
