import { z } from "zod";
import { column } from "../column.ts";
import { defineSheet } from "../sheet.ts";
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, TOOLS } from "../vocabulary.ts";

export const activitiesSheet = defineSheet({
  name: "Aktiviteter",
  help: "En rad per aktivitet eller insats: möten, evenemang, studieresor, kunskapsunderlag, upphandlingar, utlysningar …",
  rows: "many",
  key: "id",
  row: z.object({
    id: column.id({ header: "Id", help: "Ett kort id som är unikt i alla arbetsböcker, t.ex. BO-12.", example: "BO-12" }),
    date: column.date({ header: "Datum", help: "Startdatum (eller planerat datum)." }),
    endDate: column.date({ header: "Slutdatum", help: "Slutdatum för aktiviteter som pågår en tid." }).optional(),
    type: column.enumeration(ACTIVITY_TYPES, { header: "Typ", help: "Vilken sorts aktivitet det är." }),
    tool: column.enumeration(TOOLS, { header: "Verktyg", help: "Kunskap, Nätverk eller Investering." }),
    title: column.text({ header: "Titel", help: "Kort rubrik.", width: 40 }),
    description: column.markup({ header: "Beskrivning", help: "Vad som gjordes och varför." }).optional(),
    actors: column.textList({ header: "Aktörer", help: "Medverkande aktörer, åtskilda med semikolon." }).optional(),
    goals: column
      .refList("goal", {
        header: "Mål och effekter",
        help: "Id för mål och effekter som aktiviteten bidrar till, åtskilda med semikolon (bladet Mål i den centrala arbetsboken).",
        example: "M1; E2",
      })
      .optional(),
    status: column.enumeration(ACTIVITY_STATUSES, { header: "Status", help: "planerad, pågående, genomförd eller inställd." }),
    result: column.markup({ header: "Resultat", help: "Vad aktiviteten ledde till." }).optional(),
    dnr: column.text({ header: "Diarienummer", help: "Diarienummer, t.ex. Å 2024-1429.", width: 16 }).optional(),
    sources: column.refList("source", { header: "Källor", help: "Id för källor (bladet Källor), åtskilda med semikolon." }).optional(),
    note: column.text({ header: "Anmärkning", help: "Intern anmärkning; kommer inte med i rapporten." }).optional(),
  }),
});
