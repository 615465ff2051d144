import { z } from "zod";
import { column } from "../column.ts";
import { defineSheet } from "../sheet.ts";
import { DIRECTIONS } from "../vocabulary.ts";

export const indicatorsSheet = defineSheet({
  name: "Indikatorer",
  help: "Indikatorer som följer upp ett mål eller en önskad effekt. Mätvärden förs in på bladet Mätningar.",
  rows: "many",
  key: "id",
  row: z.object({
    id: column.id({ header: "Id", help: "Ett kort, beständigt id, t.ex. I1.", example: "I1" }),
    name: column.text({ header: "Namn", help: "Vad som mäts.", width: 50 }),
    goal: column.ref("goal", { header: "Mål", help: "Id för målet eller effekten som indikatorn följer upp (bladet Mål)." }),
    unit: column.text({ header: "Enhet", help: "Till exempel antal, procent eller kronor.", width: 12 }),
    direction: column.enumeration(DIRECTIONS, { header: "Riktning", help: "öka om högre är bättre, minska om lägre är bättre." }),
    baseline: column.number({ header: "Basvärde", help: "Utgångsläget." }).optional(),
    baselineDate: column.date({ header: "Basdatum", help: "Datum för basvärdet." }).optional(),
    target: column.number({ header: "Målvärde", help: "Värdet som ska nås." }),
    targetDate: column.date({ header: "Måldatum", help: "När målvärdet ska vara nått." }),
    block: column.ref("block", { header: "Byggsten", help: "Byggsten som ansvarar för indikatorn, om någon." }).optional(),
    description: column.text({ header: "Beskrivning", help: "Hur indikatorn mäts och varifrån uppgiften kommer.", width: 50 }).optional(),
  }),
});

export const milestonesSheet = defineSheet({
  name: "Etappmål",
  help: "Delmål på vägen mot en indikators målvärde. Används för att bedöma om utvecklingen är i fas.",
  rows: "many",
  row: z.object({
    indicator: column.ref("indicator", { header: "Indikator", help: "Indikatorns id." }),
    date: column.date({ header: "Datum", help: "När etappmålet ska vara nått." }),
    value: column.number({ header: "Värde", help: "Värdet som ska vara nått då." }),
  }),
});
