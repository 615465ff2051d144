/**
 * Synthetic sources of any size with the real layout, for the benchmark:
 * a central workbook and eleven block workbooks, with measurements,
 * deliverables, networks and texts in proportion to the activities.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { columnsOf, workbookLayouts, type WorkbookKind } from "../sheets-schema/index.ts";
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, DELIVERABLE_STATUSES, TOOLS } from "../sheets-schema/vocabulary.ts";
import { cellForWriting } from "../src/sinks/xlsx/cell-for-writing.ts";

type Row = Record<string, unknown>;
type Content = Record<string, Iterable<Row>>;

const BLOCKS = [
  "attraktiva-samhallen",
  "befolkningsforsorjning",
  "bostader",
  "kompetensforsorjning",
  "energi",
  "infrastruktur",
  "offentlig-sektor",
  "smf",
  "finansiering",
  "hallbarhet",
  "tillstand-och-forenkling",
];
const GOALS = ["M1", "M2", "M3", "E1", "E2", "E3"];
const SECTION_KEYS = ["sammanfattning-uppdraget", "sammanfattning-genomforande", "bakgrund", "metod", "genomforande", "samordning"];
const WORDS =
  "Tillväxtverket har fört dialog med regionerna länsstyrelserna och kommunerna om kompetensförsörjning bostäder energi infrastruktur finansiering och tillstånd i Norrbotten och Västerbotten".split(
    " ",
  );

export interface Shape {
  readonly activities: number;
}

/** Writes `central.xlsx` and one workbook per block into `dir`; returns the number of rows written. */
export async function generateSource(dir: string, shape: Shape): Promise<number> {
  await mkdir(dir, { recursive: true });
  const perBlock = Math.ceil(shape.activities / (BLOCKS.length + 1));
  const indicators = Math.max(6, Math.min(200, Math.round(shape.activities / 500)));
  let rows = 0;
  rows += await writeBook(join(dir, "central.xlsx"), "central", centralContent(indicators, perBlock));
  for (const [i, block] of BLOCKS.entries()) {
    const content = { ...followUp(block.slice(0, 3).toUpperCase() + i, perBlock, indicators, i + 1), texts: blockTexts(perBlock, i) };
    rows += await writeBook(join(dir, `${block}.xlsx`), "block", content);
  }
  return rows;
}

function centralContent(indicators: number, perBlock: number): Content {
  return {
    assignment: [
      {
        name: "Nyindustrialiseringen",
        heading: "Uppdrag att samordna",
        dnr: "2023-2658",
        governmentRefs: ["KN2023/03505"],
        start: "2023-06-01",
        end: "2026-12-31",
        agency: "Tillväxtverket",
      },
    ],
    reports: [1, 2, 3].map((n) => ({
      number: n,
      title: `Delrapport ${n}`,
      date: `202${3 + n}-09-18`,
      periodStart: "2023-06-01",
      periodEnd: `202${3 + n}-09-18`,
      decisionMaker: "Kristina Zetterström",
      decisionMakerTitle: "avdelningschef",
      caseOfficers: ["Mia Eliasson", "Isaac Karlsson"],
      rapporteur: "AnneLie Granljung",
      rapporteurTitle: "samordnare",
      place: "Luleå",
      status: n === 1 ? "beslutad" : "utkast",
    })),
    goals: [
      { id: "M0", kind: "övergripande mål", text: sentence(12, 0) },
      ...GOALS.map((id, i) => ({ id, kind: id.startsWith("M") ? "delmål" : "önskad effekt", text: sentence(20, i) })),
    ],
    targetGroups: [
      { name: "berörda kommuner", priority: "primär" },
      { name: "civilsamhället", priority: "ytterligare" },
    ],
    tools: TOOLS.map((tool, i) => ({ tool, description: sentence(25, i), order: i + 1 })),
    budget: [2023, 2024, 2025, 2026].map((year) => ({
      year,
      allocated: year === 2023 ? 4e6 : 1e7,
      ...(year < 2025 ? { spent: 3e6 } : {}),
      status: year < 2025 ? "beslutad" : "väntad",
    })),
    blocks: BLOCKS.map((id, i) => ({
      id,
      name: id,
      kind: i < 8 ? "byggsten" : "tvärgående område",
      owner: `Arbetsgrupp ${id}`,
      ownerEmail: `${id}@tillvaxtverket.example`,
      status: "aktiv",
      order: i + 1,
      workbook: `${id}.xlsx`,
    })),
    recommendations: Array.from({ length: 9 }, (_, i) => ({
      id: `R${i + 1}`,
      report: "1",
      recipient: "regeringen",
      title: sentence(12, i),
      motivation: `${sentence(60, i)}[^c-${i % 3}]`,
      order: i + 1,
    })),
    sources: [0, 1, 2].map((i) => ({ id: `c-${i}`, text: sentence(8, i), link: `https://example.org/${i}` })),
    indicators: Array.from({ length: indicators }, (_, i) => ({
      id: `I${i + 1}`,
      name: sentence(6, i),
      goal: GOALS[i % GOALS.length],
      unit: "antal",
      direction: i % 7 === 0 ? "minska" : "öka",
      baseline: i % 7 === 0 ? 100 : 0,
      baselineDate: "2023-09-30",
      target: i % 7 === 0 ? 50 : 100,
      targetDate: "2026-12-31",
    })),
    milestones: [{ indicator: "I1", date: "2024-12-31", value: 30 }],
    recipients: [{ name: "Samordnare", email: "samordnare@tillvaxtverket.example", weeklySummary: true, reportDraft: true }],
    ...followUp("SAM", perBlock, indicators, 0),
    texts: SECTION_KEYS.flatMap((section) =>
      [1, 2, 3].map((report) => ({ report: String(report), section, order: 1, text: sentence(80, report) })),
    ),
  };
}

/** The follow-up sheets of one workbook: activities with everything in proportion. */
function followUp(prefix: string, activities: number, indicators: number, seed: number): Content {
  return {
    activities: generate(activities, (i) => ({
      id: `${prefix}-${i}`,
      date: day(start(i, seed)),
      ...(i % 4 === 0 ? { endDate: day(start(i, seed) + 30) } : {}),
      type: ACTIVITY_TYPES[i % ACTIVITY_TYPES.length],
      tool: TOOLS[i % 3],
      title: sentence(6, i + seed),
      description: sentence(30, i),
      actors: ["Region Norrbotten", "Länsstyrelsen i Västerbotten"],
      goals: [GOALS[i % 6], GOALS[(i + 2) % 6]],
      status: ACTIVITY_STATUSES[i % 3],
      ...(i % 3 === 2 ? { result: sentence(15, i) } : {}),
      dnr: `Å 2024-${1000 + (i % 9000)}`,
    })),
    measurements: generate(Math.ceil(activities / 10), (i) => ({
      // Unique per indicator and date across all twelve workbooks.
      indicator: `I${(i % indicators) + 1}`,
      date: day(Math.floor(i / indicators) * 12 + seed),
      value: (i % 97) + 1,
    })),
    deliverables: generate(Math.ceil(activities / 20), (i) => ({
      id: `${prefix}-L${i}`,
      title: sentence(5, i),
      due: day(start(i * 2, seed)),
      status: DELIVERABLE_STATUSES[i % 4],
      responsible: "Handläggare",
    })),
    networks: generate(Math.ceil(activities / 100), (i) => ({
      name: `Nätverk ${prefix} ${i}`,
      description: sentence(20, i),
      role: "deltagare",
    })),
  };
}

function blockTexts(activities: number, seed: number): Iterable<Row> {
  return generate(Math.ceil(activities / 50), (i) => ({ report: String((i % 3) + 1), order: i + 1, text: sentence(70, i + seed) }));
}

async function writeBook(path: string, kind: WorkbookKind, content: Content): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: true });
  let rows = 0;
  for (const [key, spec] of Object.entries(workbookLayouts[kind])) {
    const columns = columnsOf(spec);
    const sheet = workbook.addWorksheet(spec.name);
    sheet.columns = columns.map((c) => ({
      header: c.meta.header,
      key: c.field,
      width: c.meta.width,
      ...(c.meta.kind === "date" ? { style: { numFmt: "yyyy-mm-dd" } } : {}),
    }));
    for (const row of content[key] ?? []) {
      sheet.addRow(columns.map((c) => cellForWriting(row[c.field], c.meta))).commit();
      rows += 1;
    }
    sheet.commit();
  }
  await workbook.commit();
  return rows;
}

function* generate(n: number, make: (i: number) => Row): Iterable<Row> {
  for (let i = 0; i < n; i++) yield make(i);
}

/** Start days cycle through the first 960 of the assignment's 1310 days, leaving room for end dates. */
function start(i: number, seed: number): number {
  return (i * 7 + seed) % 960;
}

/** The n:th day of the assignment period. */
function day(n: number): string {
  const d = new Date(Date.UTC(2023, 5, 1) + n * 86_400_000);
  return d.toISOString().slice(0, 10);
}

function sentence(words: number, seed: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 3) % WORDS.length] ?? "och");
  const text = out.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
