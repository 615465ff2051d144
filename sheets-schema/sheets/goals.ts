import { z } from "zod";
import { column } from "../column.ts";
import { defineSheet } from "../sheet.ts";
import { GOAL_KINDS } from "../vocabulary.ts";

export const goalsSheet = defineSheet({
  name: "Mål",
  help: "Uppdragets övergripande mål, delmål och önskade effekter. Id:t används för att koppla aktiviteter och indikatorer.",
  rows: "many",
  key: "id",
  row: z.object({
    id: column.id({ header: "Id", help: "Ett kort, beständigt id, t.ex. M1 eller E2. Ändra det inte när det väl används.", example: "M1" }),
    kind: column.enumeration(GOAL_KINDS, { header: "Typ", help: "övergripande mål, delmål eller önskad effekt." }),
    text: column.text({ header: "Text", help: "Målet eller effekten, som det ska stå i rapporten.", width: 80 }),
    order: column.integer({ header: "Ordning", help: "Ordningen i rapporten inom samma typ." }).optional(),
  }),
});
