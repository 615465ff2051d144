import { z } from "zod";
import { column } from "../column.ts";
import { defineSheet } from "../sheet.ts";

export const assignmentSheet = defineSheet({
  name: "Uppdrag",
  help: "Regeringsuppdraget. Exakt en rad.",
  rows: "one",
  row: z.object({
    name: column.text({ header: "Namn", help: "Rapportseriens titel, som står överst på försättssidan.", width: 50 }),
    heading: column.text({ header: "Rubrik", help: "Uppdragets rubrik som den står i regeringsbeslutet.", width: 60 }),
    dnr: column.text({ header: "Diarienummer", help: "Myndighetens diarienummer för uppdraget.", example: "2023-2658", width: 16 }),
    governmentRefs: column.textList({
      header: "Regeringsbeslut",
      help: "Regeringens diarienummer för besluten, åtskilda med semikolon.",
      example: "KN2023/03505; KN2023/04630",
    }),
    start: column.date({ header: "Startdatum", help: "Första dagen i uppdraget." }),
    end: column.date({ header: "Slutdatum", help: "Sista dagen i uppdraget." }),
    agency: column.text({ header: "Myndighet", help: "Myndigheten som genomför uppdraget.", example: "Tillväxtverket", width: 20 }),
  }),
});
