/**
 * Every message a staff member can get about the workbooks, in Swedish, in one
 * place. The code is stable (tools and tests match on it); the text may be
 * improved freely.
 */
import type { Severity } from "./problem.ts";

/**
 * A message: how serious, and its Swedish text from the values it names. Each
 * text declares those values in its parameter, so the compiler checks that
 * every problem raised with the code gives them.
 */
export interface MessageEntry {
  readonly severity: Severity;
  // biome-ignore lint/suspicious/noExplicitAny: any parameter type; each entry's own is kept by `satisfies`
  readonly text: (p: any) => string;
}

const q = (s: string | undefined) => `”${s ?? ""}”`;
const listOf = (items: readonly string[]) => items.map(q).join(", ");
const orList = (items: readonly string[]) =>
  items.length <= 1 ? q(items[0]) : `${items.slice(0, -1).map(q).join(", ")} eller ${q(items[items.length - 1])}`;
/** " Menade du ”pågående”?" when something close is known, else nothing. */
const didYouMean = (p: { readonly suggestions?: readonly string[] }) =>
  p.suggestions?.length ? ` Menade du ${orList(p.suggestions)}?` : "";

export const messages = {
  // Files
  "file-missing": { severity: "error", text: () => "Arbetsboken finns inte." },
  "file-too-large": {
    severity: "error",
    text: (p: { readonly value: string; readonly limit: string }) => `Filen är för stor (${p.value}); gränsen är ${p.limit}.`,
  },
  "file-not-xlsx": {
    severity: "error",
    text: (p: { readonly detail?: string }) =>
      `Filen är ingen Excel-arbetsbok (.xlsx)${p.detail ? `: ${p.detail}` : ""}. Spara den som Excel-arbetsbok (.xlsx) och försök igen.`,
  },
  "file-xls": {
    severity: "error",
    text: () => "Filen är i det gamla Excel-formatet (.xls). Öppna den och spara som Excel-arbetsbok (.xlsx).",
  },
  "file-encrypted": {
    severity: "error",
    text: () => "Filen är lösenordsskyddad och kan inte läsas. Ta bort lösenordet (Arkiv › Info › Skydda arbetsbok) och spara igen.",
  },
  "file-damaged": {
    severity: "error",
    text: (p: { readonly detail?: string }) =>
      `Filen är skadad eller ofullständig och kan inte läsas${p.detail ? ` (${p.detail})` : ""}. Spara en ny kopia från Excel.`,
  },
  "file-suspicious": {
    severity: "error",
    text: (p: { readonly detail: string }) => `Filen läses inte eftersom den skulle bli orimligt stor när den packas upp (${p.detail}).`,
  },
  "file-too-complex": {
    severity: "error",
    text: (p: { readonly detail: string }) =>
      `Filen tog för mycket ${p.detail} att läsa och avbröts. Ta bort tomma rader och formatering längst ned i bladen och spara igen.`,
  },
  "file-outside-folder": {
    severity: "error",
    text: (p: { readonly value: string }) =>
      `Filen är en länk till ${q(p.value)}, utanför källmappen, och läses därför inte. Lägg själva arbetsboken i mappen.`,
  },
  "file-too-many-rows": {
    severity: "error",
    text: (p: { readonly limit: string }) =>
      `Arbetsboken har fler än ${p.limit} rader med innehåll, mer än lägesbild läser, så ingen av dem har lästs. Flytta gamla rader till en arkivfil eller dela upp arbetsboken.`,
  },
  "macros-ignored": { severity: "warning", text: () => "Arbetsboken innehåller makron; de körs inte och ignoreras." },
  "modified-unknown": {
    severity: "warning",
    text: (p: { readonly detail: string }) =>
      `Det gick inte att se när kalkylarket senast ändrades (${p.detail}), så lägesbilden kan inte säga om arbetsboken har lämnats orörd länge.`,
  },
  "workbook-unreferenced": {
    severity: "warning",
    text: () => "Arbetsboken ligger i mappen men nämns inte i kolumnen Arbetsbok på bladet Byggstenar och läses därför inte.",
  },
  "workbook-not-listed": {
    severity: "error",
    text: (p: { readonly value: string }) => `Byggstenen ${q(p.value)} är aktiv men har ingen arbetsbok angiven i kolumnen Arbetsbok.`,
  },
  "workbook-shared": {
    severity: "error",
    text: (p: { readonly value: string; readonly other: string }) =>
      `Arbetsboken ${q(p.value)} är redan angiven för byggstenen ${q(p.other)}. Varje byggsten ska ha en egen arbetsbok.`,
  },
  "source-unavailable": { severity: "error", text: (p: { readonly detail: string }) => `Arbetsboken kunde inte hämtas: ${p.detail}.` },

  // Sheets and columns
  "sheet-missing": { severity: "error", text: (p: { readonly sheet: string }) => `Bladet ${q(p.sheet)} saknas i arbetsboken.` },
  "sheet-unknown": {
    severity: "warning",
    text: (p: { readonly sheet: string }) =>
      `Bladet ${q(p.sheet)} känns inte igen och läses inte. Kontrollera stavningen om det ska användas.`,
  },
  "columns-missing": {
    severity: "error",
    text: (p: { readonly list: readonly string[] }) =>
      `Obligatoriska kolumner saknas: ${listOf(p.list)}. Rubrikerna ska stå på första raden.`,
  },
  "column-misspelled": {
    severity: "error",
    text: (p: { readonly header: string; readonly expected: string }) =>
      `Kolumnen ${q(p.header)} liknar ${q(p.expected)}: byt namn på rubriken till ${q(p.expected)}. Till dess läses kolumnen inte, och det som står i den kommer inte med i siffrorna.`,
  },
  "column-unknown": {
    severity: "warning",
    text: (p: { readonly header: string }) => `Kolumnen ${q(p.header)} känns inte igen och läses inte.`,
  },
  "column-unnamed": {
    severity: "warning",
    text: (p: { readonly value: string }) =>
      `Kolumnen har värden (${q(p.value)}) men ingen rubrik på första raden och läses inte. Skriv rubriken eller flytta värdena till rätt kolumn.`,
  },
  "column-duplicate": {
    severity: "error",
    text: (p: { readonly header: string }) => `Kolumnen ${q(p.header)} finns två gånger; bara en får finnas.`,
  },
  "cells-merged": {
    severity: "warning",
    text: (p: { readonly value: string }) =>
      `Cellerna ${p.value} är sammanfogade; bara den översta vänstra cellen läses. Dela upp sammanfogningen och fyll i varje rad.`,
  },
  "rows-expected-one": {
    severity: "error",
    text: (p: { readonly value: string }) => `Bladet ska ha exakt en rad med uppgifter under rubrikraden, men har ${p.value}.`,
  },

  // Cells
  "value-required": { severity: "error", text: (p: { readonly header: string }) => `Värde saknas i ${q(p.header)}, som måste fyllas i.` },
  "cell-error": {
    severity: "error",
    text: (p: { readonly value: string }) =>
      `Cellen innehåller felvärdet ${p.value}, troligen en formel som pekar fel. Rätta formeln eller skriv in värdet.`,
  },
  "formula-uncalculated": {
    severity: "error",
    text: () => "Cellen innehåller en formel som aldrig har räknats ut. Öppna arbetsboken i Excel, spara den och försök igen.",
  },
  "date-invalid": {
    severity: "error",
    text: (p: { readonly value: string }) =>
      `${q(p.value)} går inte att läsa som ett datum. Skriv datumet som 2024-09-18 eller 18 september 2024.`,
  },
  "number-invalid": {
    severity: "error",
    text: (p: { readonly value: string; readonly header: string }) =>
      /%\s*$/.test(p.value ?? "")
        ? `${q(p.value)} går inte att läsa här: kolumnen ${q(p.header)} tar ett tal utan procenttecken. Skriv till exempel ${p.value?.replace(/\s*%\s*$/, "")}.`
        : `${q(p.value)} går inte att läsa som ett tal. Skriv till exempel 4,5 eller 65 000.`,
  },
  "number-ambiguous": {
    severity: "error",
    text: (p: { readonly value: string }) =>
      `${q(p.value)} kan betyda både ett decimaltal och ett heltal med tusentalsavgränsare. Skriv decimalkomma (4,5) eller mellanslag mellan tusental (1 234).`,
  },
  "integer-invalid": { severity: "error", text: (p: { readonly value: string }) => `${q(p.value)} är inte ett heltal.` },
  "amount-negative": { severity: "error", text: (p: { readonly value: string }) => `Beloppet ${q(p.value)} är negativt.` },
  "boolean-invalid": { severity: "error", text: (p: { readonly value: string }) => `${q(p.value)} ska vara ja eller nej.` },
  "enum-invalid": {
    severity: "error",
    text: (p: { readonly value: string; readonly list: readonly string[]; readonly suggestions?: readonly string[] }) =>
      `${q(p.value)} är inte ett av de tillåtna värdena: ${listOf(p.list)}.${didYouMean(p)}`,
  },
  "id-invalid": {
    severity: "error",
    text: (p: { readonly value: string }) =>
      `${q(p.value)} kan inte användas som id: ett id får inte innehålla mellanslag, komma eller semikolon.`,
  },
  "id-is-date": {
    severity: "error",
    text: (p: { readonly value: string }) =>
      `Cellen innehåller datumet ${p.value}, men här ska stå ett id eller diarienummer. Kalkylprogrammet har troligen gjort om texten till ett datum; formatera cellen som text och skriv in den igen.`,
  },
  "text-is-date": {
    severity: "error",
    text: (p: { readonly value: string }) =>
      `Cellen innehåller datumet ${p.value}, men här ska stå text. Formatera cellen som text och skriv in den igen.`,
  },
  "text-is-boolean": {
    severity: "error",
    text: (p: { readonly value: string }) => `Cellen innehåller sanningsvärdet ${p.value}, men här ska stå text.`,
  },
  "text-too-long": {
    severity: "error",
    text: (p: { readonly value: string; readonly limit: string }) =>
      `Texten är för lång (${p.value} tecken); högst ${p.limit} får plats i en cell.`,
  },
  "text-control-characters": {
    severity: "warning",
    text: () => "Texten innehöll osynliga styrtecken eller tecken som ett Word-dokument inte kan innehålla; de har tagits bort.",
  },
  "email-invalid": { severity: "error", text: (p: { readonly value: string }) => `${q(p.value)} är ingen giltig e-postadress.` },
  "url-invalid": {
    severity: "error",
    text: (p: { readonly value: string }) => `${q(p.value)} är ingen giltig webbadress. Den ska börja med https:// eller http://.`,
  },
  "value-invalid": {
    severity: "error",
    text: (p: { readonly value: string; readonly header: string }) => `${q(p.value)} är inte ett giltigt värde i ${q(p.header)}.`,
  },
  "link-not-allowed": {
    severity: "error",
    text: (p: { readonly value: string }) =>
      `Länken till ${q(p.value)} kan inte stå i rapporten: bara adresser som börjar med https://, http:// eller mailto: blir länkar. Skriv en webbadress eller ta bort länken.`,
  },
  "markup-invalid": {
    severity: "warning",
    text: (p: { readonly detail: string }) =>
      `Texten har ett formateringsfel: ${p.detail}. Tecknen skrivs ut som de står; skriv \\* för en asterisk.`,
  },

  // Across rows and sheets
  "id-duplicate": {
    severity: "error",
    text: (p: { readonly value: string; readonly other?: string }) =>
      `Id:t ${q(p.value)} finns redan${p.other ? ` (${p.other})` : ""}. Varje id får bara användas en gång.`,
  },
  "ref-unknown": {
    severity: "error",
    text: (p: { readonly value: string; readonly expected: string; readonly suggestions?: readonly string[] }) =>
      `${q(p.value)} finns inte bland ${p.expected}.${didYouMean(p)}`,
  },
  "date-order": {
    severity: "error",
    text: (p: { readonly value: string; readonly other: string }) => `Slutdatumet ${p.value} ligger före startdatumet ${p.other}.`,
  },
  "date-outside-assignment": {
    severity: "error",
    text: (p: { readonly value: string; readonly other: string }) => `Datumet ${p.value} ligger utanför uppdragets period (${p.other}).`,
  },
  "measurement-duplicate": {
    severity: "error",
    text: (p: { readonly value: string; readonly other: string; readonly detail?: string }) =>
      `Indikatorn ${q(p.other)} har redan ett mätvärde för ${p.value}${p.detail ? ` (${p.detail})` : ""}. Ta bort en av raderna.`,
  },
  "follow-up-duplicate": {
    severity: "error",
    text: (p: { readonly value: string; readonly other: string; readonly detail?: string }) =>
      `Rekommendationen ${q(p.other)} har redan en uppföljning för rapport ${p.value}${p.detail ? ` (${p.detail})` : ""}. Skriv läget på en rad per rapport.`,
  },
  "owner-email-missing": {
    severity: "error",
    text: (p: { readonly value: string }) => `Byggstenen ${q(p.value)} är aktiv men saknar e-postadress till den ansvariga.`,
  },
  "target-before-baseline": {
    severity: "error",
    text: (p: { readonly value: string; readonly other: string }) => `Måldatumet ${p.value} ligger före basdatumet ${p.other}.`,
  },
  "baseline-incomplete": {
    severity: "error",
    text: () => "Basvärde och basdatum ska fyllas i tillsammans: båda eller inget.",
  },
  "section-unknown": {
    severity: "error",
    text: (p: { readonly value: string; readonly list: readonly string[] }) =>
      `Avsnittet ${q(p.value)} finns inte i rapportmallen. Giltiga avsnitt: ${listOf(p.list)}.`,
  },
  "footnote-unknown": {
    severity: "error",
    text: (p: { readonly value: string }) => `Fotnoten [^${p.value}] hänvisar till en källa som inte finns på något blad Källor.`,
  },
  "source-unused": {
    severity: "warning",
    text: (p: { readonly value: string }) => `Källan ${q(p.value)} används inte i någon text.`,
  },
  "result-missing": {
    severity: "warning",
    text: () => "Aktiviteten är genomförd men kolumnen Resultat är tom.",
  },
  "value-implausible": {
    severity: "warning",
    text: (p: { readonly value: string; readonly other: string; readonly detail: string }) =>
      `Värdet ${p.value} avviker kraftigt från indikatorns övriga värden (${p.other}). Menade du ${p.detail}? Rätta värdet om det är felskrivet.`,
  },
  "percent-unit-mismatch": {
    severity: "warning",
    text: (p: { readonly value: string; readonly detail: string; readonly other: string; readonly expected: string }) =>
      `Värdet står som procent (${p.value}) och läses som ${p.detail}, men indikatorn ${q(p.other)} har enheten ${q(p.expected)}. Kontrollera värdet och enheten.`,
  },
  "period-order": {
    severity: "error",
    text: (p: { readonly value: string; readonly other: string }) => `Periodslutet ${p.value} ligger före periodstarten ${p.other}.`,
  },
} as const satisfies Record<string, MessageEntry>;

export type ProblemCode = keyof typeof messages;

/** What each problem may carry for its record beside its text: the value as found, and what was expected. */
interface Shown {
  readonly value?: string;
  readonly expected?: string;
}

/** The values the text of `C` needs (none for a text that names nothing), and what every problem may carry. */
export type ParamsOf<C extends ProblemCode> = C extends ProblemCode
  ? ((typeof messages)[C]["text"] extends (p: infer P) => string ? (unknown extends P ? unknown : P) : never) & Shown
  : never;

/** A problem's code with the values its text needs, decided where the problem is found and raised later. */
export type Coded = {
  readonly [C in ProblemCode]: Record<never, never> extends ParamsOf<C>
    ? { readonly code: C; readonly params?: ParamsOf<C> }
    : { readonly code: C; readonly params: ParamsOf<C> };
}[ProblemCode];

/** The same, for a reader that adds `K` itself when it raises the problem (a cell's value and header). */
export type CodedWithout<K extends string> = {
  readonly [C in ProblemCode]: {
    readonly code: C;
    readonly params?: Omit<ParamsOf<C>, K> & Partial<Pick<ParamsOf<C>, K & keyof ParamsOf<C>>>;
  };
}[ProblemCode];
