/** What the use cases and the functions answer people, in Swedish, in one place. Logs stay English. */
export const SAY = {
  reportNumber: (value: string) => `report ska vara ett rapportnummer som 1, inte ”${value}”.`,
  asOf: (value: string) => `asOf ska vara ett datum som 2024-09-18, inte ”${value}”.`,
  body: "Anropets innehåll är inte giltig JSON.",
  bodyTooLarge: (max: number) => `Anropets innehåll är för stort; högst ${Math.round(max / 1000)} kB tas emot.`,
  bodyLength: "Anropet ska ange innehållets längd (Content-Length).",
  unreadableBody: "Anropets innehåll kunde inte läsas.",
  notFound: "Här finns inget att anropa med den metoden.",
  method: (allowed: string) => `Använd ${allowed}.`,
  noDraftReport: "Ingen delrapport har status utkast på bladet Rapporter; ange rapportnummer (report).",
  noReports: "Bladet Rapporter har ingen delrapport.",
  sourceUnavailable: "Arbetsböckerna kunde inte läsas; se problemen.",
  reportNotStored: "Rapporten skapades men kunde inte sparas.",
  internal: "Ett oväntat fel inträffade; se loggen.",
  incomplete: (failed: number) =>
    `${failed} ${failed === 1 ? "meddelande" : "meddelanden"} kunde inte skickas; kör igen för att skicka det som saknas.`,
} as const;
