import { z } from "zod";
import { column } from "../column.ts";
import { defineSheet } from "../sheet.ts";
import { RECOMMENDATION_STATUSES } from "../vocabulary.ts";

/**
 * What became of each recommendation, report by report: one row per
 * recommendation and report that says something new about it. The latest
 * row up to a report is what that report shows; without a row, a
 * recommendation is "lämnad".
 */
export const recommendationFollowUpsSheet = defineSheet({
  name: "Rekommendationsuppföljning",
  help: "Uppföljning av tidigare rekommendationer: en rad per rekommendation och rapport där läget redovisas. Den senaste raden till och med en rapport är den som rapporten visar.",
  rows: "many",
  row: z.object({
    recommendation: column.ref("recommendation", {
      header: "Rekommendation",
      help: "Rekommendationens id (bladet Rekommendationer).",
      example: "R1",
    }),
    report: column.ref("report", { header: "Rapport", help: "Numret på rapporten där läget redovisas, t.ex. 2 för läget i delrapport 2." }),
    status: column
      .enumeration(RECOMMENDATION_STATUSES, {
        header: "Status",
        help: "lämnad, under beredning, genomförd, avslagen eller inte längre aktuell. Tom betyder lämnad.",
        width: 20,
      })
      .optional(),
    response: column
      .markup({ header: "Mottagarens svar", help: "Vad mottagaren har svarat eller gjort, som det ska stå i rapporten." })
      .optional(),
    date: column.date({ header: "Datum", help: "När svaret kom eller läget bedömdes." }).optional(),
  }),
});
