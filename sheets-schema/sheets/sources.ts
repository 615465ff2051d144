import { z } from "zod";
import { column } from "../column.ts";
import { defineSheet } from "../sheet.ts";

export const sourcesSheet = defineSheet({
  name: "Källor",
  help: "Källor som blir fotnoter. En text hänvisar till en källa med [^id]; fotnoterna numreras i den ordning de först nämns.",
  rows: "many",
  key: "id",
  row: z.object({
    id: column.id({ header: "Id", help: "Ett kort, unikt id, t.ex. pm-myh-2024-27.", example: "work-in-sweden", width: 24 }),
    text: column.markup({ header: "Text", help: "Fotnotens text." }),
    link: column.url({ header: "Länk", help: "Webbadress; då blir fotnotens text en klickbar länk." }).optional(),
  }),
});
