import { z } from "zod";
import { column } from "../column.ts";
import { defineSheet } from "../sheet.ts";
import { REPORT_STATUSES, REPORT_TYPES } from "../vocabulary.ts";

export const reportsSheet = defineSheet({
  name: "Rapporter",
  help: "En rad per delrapport (och slutrapport).",
  rows: "many",
  key: "number",
  row: z.object({
    number: column.integer({ header: "Nummer", help: "Delrapportens nummer: 1, 2, 3 …", example: "1" }),
    title: column.text({ header: "Titel", help: "Titeln på försättssidan.", example: "Delrapport 1", width: 18 }),
    date: column.date({ header: "Datum", help: "Rapportens datum." }),
    periodStart: column.date({ header: "Periodstart", help: "Första dagen som rapporten omfattar." }),
    periodEnd: column.date({ header: "Periodslut", help: "Sista dagen som rapporten omfattar." }),
    decisionMaker: column.text({ header: "Beslutsfattare", help: "Den som fattar beslut om rapporten.", width: 24 }),
    decisionMakerTitle: column.text({ header: "Beslutsfattarens titel", help: "Till exempel avdelningschef.", width: 20 }),
    caseOfficers: column.textList({
      header: "Handläggare",
      help: "Handläggarna i den ordning de ska stå, åtskilda med semikolon. Skriv titeln före namnet där den ska synas, t.ex. enhetschef Marina Gregorsson. Föredraganden skrivs i en egen kolumn.",
      width: 60,
    }),
    rapporteur: column.text({ header: "Föredragande", help: "Den som föredrar ärendet.", width: 24 }),
    rapporteurTitle: column.text({ header: "Föredragandens titel", help: "Till exempel samordnare.", width: 20 }).optional(),
    place: column.text({ header: "Ort", help: "Orten där rapporten undertecknas.", width: 14 }),
    signedOn: column.date({ header: "Undertecknad", help: "Datum för underskrift." }).optional(),
    status: column.enumeration(REPORT_STATUSES, { header: "Status", help: "utkast eller beslutad." }),
    type: column
      .enumeration(REPORT_TYPES, {
        header: "Rapporttyp",
        help: "delrapport eller slutrapport. Tom betyder delrapport. Slutrapporten skrivs med mallen för slutrapporten och omfattar hela uppdraget.",
      })
      .optional(),
  }),
});
