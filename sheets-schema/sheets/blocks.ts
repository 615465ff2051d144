import { z } from "zod";
import { column } from "../column.ts";
import { defineSheet } from "../sheet.ts";
import { BLOCK_KINDS, BLOCK_STATUSES } from "../vocabulary.ts";

export const blocksSheet = defineSheet({
  name: "Byggstenar",
  help: "Byggstenarna och de tvärgående områdena. Varje rad pekar ut arbetsgruppens egen arbetsbok.",
  rows: "many",
  key: "id",
  row: z.object({
    id: column.id({ header: "Id", help: "Ett kort, beständigt id, t.ex. bostader.", example: "bostader" }),
    name: column.text({ header: "Namn", help: "Byggstenens eller områdets namn.", example: "Bostäder", width: 28 }),
    kind: column.enumeration(BLOCK_KINDS, { header: "Typ", help: "byggsten eller tvärgående område." }),
    owner: column.text({ header: "Ansvarig", help: "Ansvarig person eller arbetsgrupp.", width: 24 }).optional(),
    ownerEmail: column.email({ header: "E-post", help: "Den ansvariges e-postadress. Lägesbilden för byggstenen skickas hit." }).optional(),
    status: column.enumeration(BLOCK_STATUSES, { header: "Status", help: "aktiv, startar senare eller avslutad." }),
    heading: column
      .text({
        header: "Rubrik",
        help: "Rubriken i rapporten, om den inte är namnet. Två byggstenar med samma rubrik redovisas i ett gemensamt avsnitt.",
        width: 40,
      })
      .optional(),
    order: column.integer({ header: "Ordning", help: "Ordningen i rapportens uppräkningar och avsnitt." }),
    workbook: column
      .text({
        header: "Arbetsbok",
        help: "Arbetsgruppens arbetsbok: filnamnet i samma mapp (t.ex. bostader.xlsx) eller Google-kalkylarkets id eller adress.",
        width: 28,
      })
      .optional(),
    started: column
      .date({
        header: "Startdatum",
        help: "Dagen byggstenen startade, om den startade efter uppdragets början. Rapporterna visar vilka byggstenar som har startat sedan förra rapporten, och en äldre rapport räknar den som ej startad.",
      })
      .optional(),
  }),
});
