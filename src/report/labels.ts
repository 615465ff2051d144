/**
 * Every Swedish word the report writes itself (beyond the outline's own
 * texts): table headers, status words, alt texts, the marks of a draft.
 * One place, so wording is changed here and nowhere else.
 */
import type { BlockStatus } from "../../sheets-schema/vocabulary.ts";
import type { IndicatorStatus } from "../indicators/types.ts";

/** The words before a caption's number; also the names of Word's SEQ sequences. */
export const CAPTION_LABELS = { figure: "Figur", table: "Tabell" } as const;

export const MISSING = {
  text: (section: string, report: number) => `Text saknas: ${section}, delrapport ${report}`,
  blockText: (block: string, report: number) => `Text saknas: ${block}, delrapport ${report}`,
  value: (placeholder: string) => `Uppgift saknas: ${placeholder}`,
  unknownPlaceholder: (placeholder: string) => `Okänd platshållare i rapportmallen: {${placeholder}}`,
  footnoteSource: (id: string) => `Källa saknas för fotnoten [^${id}]`,
  recommendations: (report: number) => `Rekommendationer saknas för delrapport ${report}`,
  list: (kind: string) => `Uppgifter saknas: ${kind}`,
} as const;

export const DRAFT = {
  severity: { error: "fel", warning: "varning", missing: "saknas i rapporten" },
  headers: ["Arbetsbok", "Plats", "Typ", "Problem"] as const,
  inReport: "rapporten",
  omittedIntro: "Rader med fel räknas inte med i rapportens siffror förrän felen är rättade:",
  omittedItem: (workbook: string, sheet: string, rows: string) => `${workbook}, bladet ${sheet}: ${rows}`,
} as const;

/** Shading behind each status word; the word itself always carries the meaning. */
export const STATUS_SHADING: Readonly<Record<IndicatorStatus, string>> = {
  uppnått: "C6E0B4",
  "i fas": "E2EFDA",
  risk: "FFE699",
  efter: "F8CBAD",
  "saknar data": "EDEDED",
};

export const BLOCK_STATUS_LABELS: Readonly<Record<BlockStatus, string>> = {
  aktiv: "aktiv",
  "startar senare": "startar senare",
  avslutad: "avslutad",
};

export const STRUCTURE = {
  caption: (blocks: number, areas: number) => {
    const blockWords = blocks === 1 ? "1 byggsten" : `${blocks} byggstenar`;
    if (areas === 0) return `Uppdragets struktur: ${blockWords}`;
    const areaWords = areas === 1 ? "1 tvärgående område" : `${areas} tvärgående områden`;
    return `Uppdragets struktur: ${blockWords} och ${areaWords} som berör samtliga byggstenar`;
  },
  altTitle: "Uppdragets struktur",
  altDescription: (blocks: readonly string[], areas: readonly string[]) =>
    `Bilden visar byggstenarna som rader: ${blocks.join(", ")}. ` +
    (areas.length === 0
      ? "Inga tvärgående områden finns."
      : `De tvärgående områdena går som kolumner genom alla byggstenar: ${areas.join(", ")}.`),
  startsLater: (name: string) => `${name} (startar senare, ljusgrå)`,
  startsLaterShort: (name: string) => `${name} (startar senare)`,
  areaAcross: (name: string) => `${name}: tvärgående område som berör samtliga byggstenar`,
  noBlocks: "Inga byggstenar finns på bladet Byggstenar, så bilden över uppdragets struktur saknas.",
} as const;

export const TABLES = {
  networks: {
    caption: "Nätverk och forum som arbetet deltar i under perioden, enligt arbetsböckerna",
    headers: ["Nätverk eller forum", "Arbetsgrupp", "Roll", "Sedan"] as const,
    coordination: "Samordningen",
    none: "Inga nätverk är registrerade för perioden på bladet Nätverk.",
  },
  blocks: {
    caption: "Byggstenar och tvärgående områden",
    headers: ["Byggsten eller område", "Typ", "Status"] as const,
  },
  goals: {
    caption: "Mål och önskade effekter: läge och aktiviteter under perioden",
    headers: ["Mål eller effekt", "Status", "Indikatorer", "Aktiviteter under perioden"] as const,
  },
  indicators: {
    caption: (asOf: string) => `Indikatorer mot målvärden, läget ${asOf}`,
    headers: ["Indikator", "Basvärde", "Målvärde", "Senaste värde", "Framsteg mot målvärdet", "Status"] as const,
    /** `27 % av vägen, 28 % väntat`: how far from baseline to target, against how far it should be by now. */
    progress: (achieved: string, expected: string | undefined) =>
      expected === undefined ? `${achieved} av vägen` : `${achieved} av vägen, ${expected} väntat`,
    stale: "inaktuellt värde",
    none: "Inga indikatorer är registrerade.",
  },
  byTool: {
    caption: "Aktiviteter under perioden per verktyg",
    headers: ["Verktyg", "Aktiviteter"] as const,
  },
  byBlock: {
    caption: "Aktiviteter under perioden per byggsten och område",
    headers: [
      "Byggsten eller område",
      "Status",
      "Planerade",
      "Pågående",
      "Genomförda",
      "Totalt",
      "Inställda",
      "Försenade leveranser",
    ] as const,
    coordination: "Samordningen",
    plannedPassed: (n: number) => `(${n} passerat)`,
    plannedPassedNote:
      "Planerade aktiviteter vars datum har passerat räknas som planerade tills arbetsgruppen anger en annan status; de markeras ”passerat”. Inställda aktiviteter ingår inte i totalen.",
  },
  budget: {
    caption: "Budget per år mot tilldelade medel",
    headers: ["År", "Status", "Tilldelat", "Förbrukat", "Andel förbrukad"] as const,
  },
  total: "Totalt",
  none: "–",
} as const;

/** How to read the statuses, with the thresholds the computation uses (in percentage points). */
export const STATUS_LEGEND = {
  intro:
    "Så läses statusen. Framsteg är hur stor del av vägen från basvärde till målvärde som indikatorn har gått; väntat är hur stor del den borde ha gått vid lägesdatumet.",
  items: (onTrackPoints: number, atRiskPoints: number): readonly (readonly [IndicatorStatus, string])[] => [
    ["uppnått", "målvärdet är nått."],
    ["i fas", `framsteget är högst ${onTrackPoints} procentenheter efter det väntade.`],
    ["risk", `framsteget är mer än ${onTrackPoints} och högst ${atRiskPoints} procentenheter efter det väntade.`],
    [
      "efter",
      `framsteget är mer än ${atRiskPoints} procentenheter efter det väntade, eller måldatumet har passerats utan att målvärdet nåtts.`,
    ],
    ["saknar data", "basvärde eller mätvärde saknas vid lägesdatumet."],
  ],
  /** For a mål or effect: the least favourable status of its indicators that have data. */
  goals: "Ett mål eller en effekt får den minst gynnsamma statusen bland sina indikatorer med data.",
} as const;

/** Beneath the goals table when activities are counted under more than one goal. */
export const SEVERAL_GOALS = (sumOverGoals: number, activities: number) =>
  `En aktivitet kan bidra till flera mål och effekter och räknas då under vart och ett av dem. Därför är summan i tabellen (${sumOverGoals}) större än antalet aktiviteter under perioden (${activities}).`;

export const CHART = {
  title: "Framsteg mot målvärdet per indikator",
  achieved: "Uppnått",
  expected: "Förväntat",
  axis: "Andel av vägen från basvärde till målvärde (%)",
  caption: (asOf: string) =>
    `Andel av vägen från basvärde till målvärde som varje indikator har nått den ${asOf}, jämfört med förväntat läge.`,
  altTitle: "Framsteg mot målvärdet per indikator",
  altDescription: (asOf: string, items: readonly string[]) =>
    `Liggande stapeldiagram. För varje indikator visas hur stor andel av vägen från basvärde till målvärde som har nåtts den ${asOf} (Uppnått) och hur stor andel som borde ha nåtts då (Förväntat). ${items.join("; ")}.`,
  altItem: (label: string, achieved: string, expected: string) => `${label}: uppnått ${achieved}, förväntat ${expected}`,
  unknown: "okänt",
  leftOut: "Indikatorer utan basvärde eller mätvärde finns bara i tabellen.",
  noData: "Ingen indikator har både basvärde och mätvärde ännu, så diagrammet över framsteg saknas.",
} as const;

export const BUDGET = {
  summary: (spent: string, allocated: string, share: string, expected: string | undefined) =>
    `Hittills har ${spent} förbrukats av de ${allocated} som tilldelats till och med innevarande år, ${share}` +
    (expected ? `; i jämn takt hade ${expected} förbrukats.` : "."),
  none: "Budgeten är inte registrerad.",
} as const;

export const ACTIVITIES = {
  summary: (c: { start: string; end: string; tookPlace: number; planned: number; plannedDatePassed: number; cancelled: number }) =>
    `Under perioden ${c.start}–${c.end} pågick eller genomfördes ${c.tookPlace} aktiviteter` +
    (c.planned > 0
      ? ` och ${c.planned} var planerade${c.plannedDatePassed > 0 ? `, varav ${c.plannedDatePassed} med ett datum som har passerat` : ""}`
      : "") +
    (c.cancelled > 0 ? `. ${c.cancelled} inställda aktiviteter räknas inte.` : " (inställda aktiviteter räknas inte)."),
  omitted: (rows: string, where: string) =>
    `Därtill finns ${rows} med fel på bladen Aktiviteter (${where}) som inte räknas förrän felen är rättade.`,
} as const;

export const FOLLOW_UP = {
  indicators: {
    intro: (previous: string, previousDate: string, asOf: string) =>
      `Tabellen visar varje indikators värde i ${previous} (senaste mätvärdet den ${previousDate}) och nu (den ${asOf}), och förändringen däremellan.`,
    caption: (previous: string) => `Indikatorer: värde i ${previous} och nu`,
    headers: (previous: string) => ["Indikator", `I ${previous}`, "Nu", "Förändring"] as const,
  },
  blocks: {
    intro: (previous: string, periodEnd: string) =>
      `Sedan ${previous}, som omfattade tiden till och med ${periodEnd}, har arbetet i byggstenarna och områdena gått vidare enligt tabellen.`,
    started: (names: string, count: number, previous: string) =>
      count === 1 ? `Byggstenen ${names} har startat sedan ${previous}.` : `Byggstenarna ${names} har startat sedan ${previous}.`,
    noneStarted: (previous: string) => `Ingen byggsten har startat sedan ${previous}.`,
    caption: (previous: string) => `Nytt sedan ${previous} per byggsten och område`,
    headers: ["Byggsten eller område", "Nya aktiviteter", "Genomförda", "Levererade leveranser"] as const,
  },
  recommendations: {
    caption: (report: string) => `Tidigare rekommendationer och läget i ${report}`,
    headers: ["Rekommendation (mottagare)", "Lämnad i rapport", "Status"] as const,
    statusIn: (report: number) => `(rapport ${report})`,
    responseHeading: (id: string, recipient: string) => `${id}: svar från ${recipient}`,
    none: "Inga tidigare rekommendationer finns att följa upp.",
  },
} as const;

export const COURSE_CHART = {
  caption: "Diagram: varje indikators framsteg mot målvärdet vid rapporternas datum.",
  axis: "Andel av vägen från basvärde till målvärde (%)",
  altTitle: "Indikatorernas utveckling över rapporterna",
  altDescription: (points: readonly string[], items: readonly string[]) =>
    `Linjediagram med en linje per indikator över rapporterna (${points.join(", ")}). Varje punkt är andelen av vägen från basvärde till målvärde. ${items.join("; ")}.`,
  altItem: (label: string, values: readonly string[]) => `${label}: ${values.join(", ")}`,
  unknown: "okänt",
  noData: "Ingen indikator har både basvärde och mätvärde vid rapporternas datum, så diagrammet över utvecklingen saknas.",
} as const;
