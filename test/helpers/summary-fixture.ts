/**
 * A small programme for the summary tests: two active blocks with owners, one
 * that starts later, two managers on the sheet Mottagare, an indicator, a late
 * and an imminent deliverable, and problems in the block workbooks.
 */
import type { BlockRow, Deliverable, Programme, Recipient } from "../../src/domain/model.ts";
import { computeStatus } from "../../src/indicators/compute-status.ts";
import type { StatusPicture } from "../../src/indicators/types.ts";
import { problem, type Problem } from "../../src/validation/problem.ts";
import { activity, emptyProgramme, indicator, measurement } from "./programme.ts";

export const DOMAIN = "tillvaxtverket.example";

export function block(overrides: Partial<BlockRow> & { id: string }): BlockRow {
  return { name: overrides.id, kind: "byggsten", status: "aktiv", order: 1, ...overrides };
}

export function recipient(name: string, email: string, weeklySummary = true): Recipient {
  return { name, email, weeklySummary, reportDraft: false };
}

export function deliverable(overrides: Partial<Deliverable> & { id: string; due: string }): Deliverable {
  // The type says string (the sheet's Ansvarig column and the block owner share the name `owner`); at run time the loader sets the block id or null.
  return { title: `Leverans ${overrides.id}`, status: "pågående", owner: null, ...overrides } as Deliverable;
}

export function fixtureProgramme(overrides: Partial<Programme> = {}): Programme {
  return emptyProgramme({
    assignment: {
      name: "Nyindustrialiseringen",
      heading: "Uppdrag att samordna",
      dnr: "2023-2658",
      governmentRefs: ["KN2023/03505"],
      start: "2024-01-01",
      end: "2026-12-31",
      agency: "Tillväxtverket",
    },
    blocks: [
      block({
        id: "bostader",
        name: "Bostäder",
        order: 1,
        owner: "Arbetsgrupp Bostäder",
        ownerEmail: `bostader@${DOMAIN}`,
        workbook: "bostader.xlsx",
      }),
      block({
        id: "energi",
        name: "Energi",
        order: 2,
        owner: "Arbetsgrupp Energi",
        ownerEmail: `energi@${DOMAIN}`,
        workbook: "energi.xlsx",
      }),
      block({ id: "offentlig", name: "Offentlig sektor", order: 3, status: "startar senare", ownerEmail: `offentlig@${DOMAIN}` }),
    ],
    recipients: [
      recipient("Anna Samordnare", `anna@${DOMAIN}`),
      recipient("Kristina Chef", `kristina@${DOMAIN}`),
      recipient("Ingen Sammanfattning", `ingen@${DOMAIN}`, false),
    ],
    activities: [
      activity({
        id: "BO-1",
        owner: "bostader",
        title: "Regionalt bostadsforum",
        date: "2024-05-02",
        status: "genomförd",
        result: "Forum bildat.",
      }),
      activity({
        id: "BO-2",
        owner: "bostader",
        title: "Kunskapsunderlag om bostadsbyggande",
        date: "2024-10-01",
        status: "planerad",
        type: "kunskapsunderlag",
        tool: "Kunskap",
      }),
      activity({ id: "EN-1", owner: "energi", title: "Vätgasdialog", date: "2024-06-10", status: "pågående", type: "dialog" }),
      activity({ id: "SAM-1", owner: null, title: "Styrgruppsmöte", date: "2024-04-15", status: "genomförd", result: "Protokoll." }),
    ],
    indicators: [
      indicator({
        id: "I1",
        name: "Antal bostadsforum",
        block: "bostader",
        baseline: 0,
        baselineDate: "2024-01-01",
        target: 4,
        targetDate: "2026-12-31",
      }),
    ],
    measurements: [{ ...measurement("2024-06-30", 1, "I1"), owner: "bostader" }],
    deliverables: [
      deliverable({ id: "BO-L1", title: "Bostadsanalys", due: "2024-09-01", owner: "bostader" }),
      deliverable({ id: "EN-L1", title: "Energikartläggning", due: "2024-10-01", owner: "energi" }),
      deliverable({ id: "EN-L2", title: "Levererad rapport", due: "2024-08-01", status: "levererad", owner: "energi" }),
    ],
    workbooks: [
      { name: "central.xlsx", location: "central.xlsx", owner: null, readable: true },
      { name: "bostader.xlsx", location: "bostader.xlsx", owner: "bostader", readable: true },
      { name: "energi.xlsx", location: "energi.xlsx", owner: "energi", readable: true },
    ],
    ...overrides,
  });
}

export const SHEET_LINK = "https://docs.google.com/spreadsheets/d/abc123/edit#gid=42&range=B3";

export function fixtureProblems(): Problem[] {
  return [
    problem(
      "value-required",
      { workbook: "bostader.xlsx", sheet: "Aktiviteter", row: 3, column: "B", header: "Datum", link: SHEET_LINK },
      { header: "Datum" },
    ),
    problem(
      "value-required",
      { workbook: "energi.xlsx", sheet: "Leveranser", row: 4, column: "C", header: "Förfallodatum" },
      { header: "Förfallodatum" },
    ),
  ];
}

export function fixtureStatus(programme: Programme, asOf = "2024-09-18"): StatusPicture {
  return computeStatus(programme, { asOf });
}
