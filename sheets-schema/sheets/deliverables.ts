import { z } from "zod";
import { column } from "../column.ts";
import { defineSheet } from "../sheet.ts";
import { DELIVERABLE_STATUSES } from "../vocabulary.ts";

export const deliverablesSheet = defineSheet({
  name: "Leveranser",
  help: "Leveranser med förfallodatum: kunskapsunderlag, rapporter, upphandlingar …",
  rows: "many",
  key: "id",
  row: z.object({
    id: column.id({ header: "Id", help: "Ett kort id som är unikt i alla arbetsböcker.", example: "L-3" }),
    title: column.text({ header: "Titel", help: "Vad som ska levereras.", width: 40 }),
    due: column.date({ header: "Förfallodatum", help: "När det ska vara levererat." }),
    status: column.enumeration(DELIVERABLE_STATUSES, { header: "Status", help: "ej påbörjad, pågående, levererad eller inställd." }),
    responsible: column.text({ header: "Ansvarig", help: "Ansvarig person.", width: 24 }).optional(),
    deliveredOn: column.date({ header: "Levererad", help: "Datum då det levererades." }).optional(),
    note: column.text({ header: "Anmärkning", help: "Intern anmärkning." }).optional(),
  }),
});
