/** Every Swedish text of the summary e-mail, in one place. */
import { counted, dateRange, days, longDate, percent } from "./format.ts";
import { THRESHOLDS } from "../indicators/thresholds.ts";
import { INDICATOR_STATUS, type IndicatorStatus } from "../indicators/types.ts";

export const texts = {
  subject: (week: number, year: number, scope?: string) => `Lägesbild vecka ${week}, ${year}${scope ? ` – ${scope}` : ""}`,
  subjectErrors: (errors: number) => `${counted(errors, "fel", "fel")} att rätta`,
  greeting: (name?: string) => (name ? `Hej ${name}!` : "Hej!"),
  heading: (scope: string, week: number) => `Lägesbild för ${scope}, vecka ${week}`,
  overviewScope: "samordningsuppdraget",
  coordination: "Samordningen (central arbetsbok)",

  preheaderCalm: "Inget särskilt att uppmärksamma denna vecka.",
  openInBrowser: "Öppna i webbläsaren",

  attention: {
    title: "Att uppmärksamma denna vecka",
    calm: "Inget särskilt att uppmärksamma denna vecka: inga indikatorer har blivit sämre, inga leveranser är försenade eller förfaller inom en vecka och arbetsböckerna har inga fel.",
    indicatorWorse: (name: string, from: string, to: string) => `${name} har gått från ${from} till ${to}.`,
    indicatorsWorse: (n: number, list: string) => `${n} indikatorer har blivit sämre: ${list}.`,
    indicatorNow: (name: string, status: IndicatorStatus) => `${name} är ${status === INDICATOR_STATUS.atRisk ? "i risk" : status}.`,
    indicatorsNow: (n: number, list: string) => `${n} indikatorer är efter eller i risk: ${list}.`,
    overdue: (title: string, late: number) => `Leveransen ${title} är försenad ${days(late)}.`,
    overdueMany: (n: number, title: string, late: number) => `${n} leveranser är försenade, längst ${title} (${days(late)}).`,
    dueThisWeek: (title: string, inDays: number) =>
      `Leveransen ${title} ${inDays === 0 ? "förfaller i dag" : `förfaller om ${days(inDays)}`}.`,
    dueThisWeekMany: (n: number, list: string) => `${n} leveranser förfaller inom en vecka: ${list}.`,
    errors: (workbook: string, errors: number) => `${workbook} har ${counted(errors, "fel", "fel")} att rätta.`,
    errorsMany: (n: number, list: string) => `${n} arbetsböcker har fel att rätta: ${list}.`,
    stale: (block: string, unchanged: number) => `Arbetsboken för ${block} har inte ändrats på ${days(unchanged)}.`,
    staleMany: (n: number, limit: number, list: string) => `${n} arbetsböcker har inte ändrats på över ${days(limit)}: ${list}.`,
    andMore: (shown: readonly string[], more: number) => (more ? `${shown.join(", ")} och ${more} till` : joinAnd(shown)),
  },

  gauges: {
    time: "Uppdragstiden",
    budget: "Budgeten",
    budgetText: (spent: number, year: number, expected?: number) =>
      `${percent(spent)} av budgeten till och med ${year} är använd${expected !== undefined ? `; i jämn takt ${percent(expected)}` : ""}.`,
  },

  week: (week: number, start: string, end: string, asOf: string) => `Vecka ${week}: ${dateRange(start, end)}. Läget den ${longDate(asOf)}.`,
  elapsed: (share: number, start: string, end: string) =>
    `${percent(share)} av uppdragstiden har gått (${longDate(start)} – ${longDate(end)}).`,
  indicatorCounts: (parts: readonly string[]) => `Indikatorer: ${parts.join(", ")}.`,
  problemTotals: (errors: number, warnings: number, workbooks: number) =>
    `Arbetsböckerna: ${problemCount(errors, warnings)} i ${counted(workbooks, "arbetsbok", "arbetsböcker")}.`,
  omittedTotals: (rows: number, where: readonly string[]) =>
    `${counted(rows, "rad", "rader")} med fel räknas inte med i siffrorna: ${where.join(", ")}.`,
  ownProblems: (workbook: string, errors: number, warnings: number) => `Er arbetsbok ${workbook}: ${problemCount(errors, warnings)}.`,

  blocks: {
    title: "Byggstenar och tvärgående områden",
    note: (start: string, end: string) => `Aktiviteter från ${longDate(start)} till ${longDate(end)}.`,
    columns: ["Byggsten eller område", "Läge", "Aktiviteter", "Leveranser", "Arbetsboken"],
    unreadable: "kan inte läsas",
    unknown: "okänt: arbetsboken kan inte läsas",
    noErrors: "inga fel",
    omitted: (n: number) => `${counted(n, "rad", "rader")} räknas inte`,
    finished: "avslutad",
    notStarted: "startar senare",
    overdue: (n: number) => counted(n, "försenad leverans", "försenade leveranser"),
    dueSoon: (n: number) => `${counted(n, "leverans", "leveranser")} inom ${days(THRESHOLDS.dueSoonDays)}`,
    errors: (n: number) => counted(n, "fel", "fel"),
    indicatorBehind: "indikator efter",
    indicatorAtRisk: "indikator i risk",
    stale: (n: number) => `arbetsboken oförändrad i ${days(n)}`,
    onTrack: "i gång",
    plannedPassedSignal: (n: number) => `${counted(n, "planerad aktivitet", "planerade aktiviteter")} med passerat datum`,
    plannedDatePassed: (n: number) => `varav ${n} med passerat datum`,
    cancelled: (n: number) => `${counted(n, "inställd", "inställda")} räknas inte`,
    activities: (total: number, parts: readonly string[], omitted = 0) =>
      `${parts.length ? `${total} (${parts.join(", ")})` : `${total}`}${omitted ? `; ${counted(omitted, "rad", "rader")} med fel räknas inte` : ""}`,
    deliverables: (overdue: number, soon: number) =>
      [overdue ? counted(overdue, "försenad", "försenade") : "", soon ? `${soon} inom ${days(THRESHOLDS.dueSoonDays)}` : ""]
        .filter(Boolean)
        .join(", ") || "–",
  },

  changes: {
    title: (week: number, asOf: string) => `Sedan förra lägesbilden (vecka ${week}, ${longDate(asOf)})`,
    titleFirst: "Sedan förra lägesbilden",
    columns: ["Vad", "Beskrivning", "Byggsten eller område"],
    first: "Det här är den första lägesbilden. Nästa lägesbild visar vad som har ändrats sedan denna.",
    none: "Inget har ändrats sedan förra lägesbilden.",
    newActivity: "Ny aktivitet",
    changedActivity: "Ändrad aktivitet",
    newMeasurement: "Nytt mätvärde",
    correctedMeasurement: "Ändrat mätvärde",
    indicatorMoved: "Indikatorn bytte läge",
    statusMoved: (from: string, to: string) => `${from} → ${to}`,
    edited: "uppgifterna har ändrats",
    previously: (value: string) => `tidigare ${value}`,
  },

  passed: {
    title: "Planerat, men datumet har passerat",
    note: "Aktiviteterna räknas som planerade tills ni anger en annan status: pågående, genomförd eller inställd (eller ett nytt datum).",
    columns: ["Aktivitet", "Datum", "Läge"],
    status: "planerad, men datumet har passerat",
  },

  ahead: {
    title: "Daterat efter lägesdatum",
    note: (asOf: string) =>
      `Raderna har ett datum efter ${longDate(asOf)} och räknas först i den lägesbild vars lägesdatum når datumet. Rätta datumet om det är fel.`,
    columns: ["Vad", "Beskrivning", "Datum"],
    measurement: "Mätvärde",
    activity: "Aktivitet",
  },

  indicators: {
    title: "Indikatorer",
    columns: ["Indikator", "Senaste värde", "Målvärde", "Läge"],
    none: "Inget mätvärde ännu",
    /** As the report says it: the status stands, but the value is old. */
    stale: (status: string) => `${status}, inaktuellt värde`,
    at: (value: string, date: string) => `${value} (${date})`,
    target: (value: string, date: string) => `${value} till ${date}`,
    progress: (progress: number, expected?: number) =>
      `${percent(progress)} av vägen till målvärdet${expected !== undefined ? `, väntat i dag ${percent(expected)}` : ""}.`,
    course: (points: readonly string[]) => `Förlopp: ${points.join(", ")}.`,
    point: (value: string, date: string) => `${value} (${date})`,
    legendTitle: "Så läses läget",
    legend: [
      ["uppnått", "målvärdet är nått", "ok"],
      ["i fas", "högst 10 procentenheter efter det väntade", "ok"],
      ["risk", "10–25 procentenheter efter det väntade", "warn"],
      ["efter", "mer än 25 procentenheter efter, eller måldatum passerat", "bad"],
      ["saknar data", "inget mätvärde eller ingen baslinje ännu", "muted"],
    ],
  },

  deliverables: {
    title: "Leveranser",
    columns: ["Leverans", "Förfallodatum", "Läge", "Byggsten eller område"],
    empty: `Inga försenade leveranser och inga som förfaller inom ${days(THRESHOLDS.dueSoonDays)}.`,
    overdue: (n: number) => `försenad ${days(n)}`,
    dueIn: (n: number) => (n === 0 ? "förfaller i dag" : `förfaller om ${days(n)}`),
  },

  problems: {
    title: "Problem i arbetsböckerna",
    columns: ["Arbetsbok", "Fel", "Varningar", "Viktigast att rätta"],
    empty: "Inga problem i arbetsböckerna.",
    clean: (n: number) => `${counted(n, "arbetsbok", "arbetsböcker")} utan problem visas inte.`,
    ownTitle: (workbook: string) => `Att rätta i ${workbook}`,
    ownColumns: ["Plats", "Typ", "Problem"],
    ownNote:
      "Rad och kolumn som i kalkylprogrammet. En rad med fel räknas inte med i siffrorna, och rapporten blir ett utkast, tills felet är rättat; varningar bör ses över.",
    ownEmpty: "Inga problem – tack!",
    error: "Fel",
    warning: "Varning",
    openCell: "Öppna cellen",
  },

  report: {
    title: "Senaste rapporten",
    columns: ["Var"],
    open: "Öppna rapporten",
  },

  more: (n: number) => `… och ${n} till`,

  footer: {
    manager: "Du får lägesbilden eftersom du står på bladet Mottagare i den centrala arbetsboken med Veckosammanfattning = ja.",
    configured: "Du får lägesbilden eftersom din adress finns i lägesbildens inställningar.",
    owner: (block: string) =>
      `Du får lägesbilden för ${block} eftersom du står som ansvarig på bladet Byggstenar i den centrala arbetsboken.`,
    automatic: "Meddelandet skickas automatiskt av lägesbild en gång i veckan. Kontakta samordnaren om något ser fel ut.",
  },
} as const;

function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}

function problemCount(errors: number, warnings: number): string {
  return `${counted(errors, "fel", "fel")} och ${counted(warnings, "varning", "varningar")}`;
}
