import { z } from "zod";
import { column } from "../column.ts";
import { defineSheet } from "../sheet.ts";

export const recommendationsSheet = defineSheet({
  name: "Rekommendationer",
  help: "Myndighetens rekommendationer. Samma rader används i sammanfattningen och i kapitlet om rekommendationer.",
  rows: "many",
  key: "id",
  row: z.object({
    id: column.id({ header: "Id", help: "Ett kort, beständigt id, t.ex. R1.", example: "R1" }),
    report: column.ref("report", { header: "Rapport", help: "Numret på delrapporten där rekommendationen lämnas." }),
    recipient: column.text({
      header: "Mottagare",
      help: "Vem rekommendationen riktas till, som det ska stå efter ”Rekommendationer till”, t.ex. regeringen.",
      width: 30,
    }),
    title: column.text({ header: "Titel", help: "Rekommendationen i en mening. Står i fetstil.", width: 60 }),
    motivation: column.markup({ header: "Motivering", help: "Motiveringen. Ett stycke per rad; fotnoter skrivs [^källid]." }),
    block: column.ref("block", { header: "Byggsten", help: "Byggstenen eller området som rekommendationen hör till." }).optional(),
    order: column.integer({ header: "Ordning", help: "Ordningen i rapporten inom samma mottagare." }).optional(),
  }),
});
