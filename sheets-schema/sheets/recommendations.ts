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
    summary: column
      .text({
        header: "Sammanfattning",
        help: "Rekommendationen som den ska stå i sammanfattningen, om den där är formulerad annorlunda än Titel. Tom: Titel står i sammanfattningen.",
        width: 60,
      })
      .optional(),
    summaryOrder: column
      .integer({ header: "Ordning i sammanfattningen", help: "Ordningen i sammanfattningen inom samma mottagare. Tom: samma som Ordning." })
      .optional(),
  }),
});
