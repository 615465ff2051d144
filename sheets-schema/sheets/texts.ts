import { z } from "zod";
import { column } from "../column.ts";
import { defineSheet } from "../sheet.ts";

const markupHelp =
  "Ett stycke per rad; en rad som börjar med ”- ” blir en punkt i en lista. **fetstil**, *kursiv*, [länktext](https://…) och fotnoter [^källid].";

export const centralTextsSheet = defineSheet({
  name: "Texter",
  help: "Rapportens löptext för de avsnitt som samordnaren skriver. Avsnitten anges med nycklarna i rapportmallen.",
  rows: "many",
  row: z.object({
    report: column.ref("report", { header: "Rapport", help: "Delrapportens nummer." }),
    section: column.id({ header: "Avsnitt", help: "Avsnittets nyckel i rapportmallen, t.ex. bakgrund.", example: "bakgrund", width: 28 }),
    order: column.integer({ header: "Ordning", help: "Styckenas ordning inom avsnittet." }),
    text: column.markup({ header: "Text", help: markupHelp, width: 100 }),
  }),
});

export const blockTextsSheet = defineSheet({
  name: "Texter",
  help: "Byggstenens avsnitt i varje delrapport.",
  rows: "many",
  row: z.object({
    report: column.ref("report", { header: "Rapport", help: "Delrapportens nummer." }),
    order: column.integer({ header: "Ordning", help: "Styckenas ordning inom avsnittet." }),
    text: column.markup({ header: "Text", help: markupHelp, width: 100 }),
  }),
});
