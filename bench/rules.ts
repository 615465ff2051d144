/** The text rules of the synthetic sources (their section keys match bench/generate.ts). */
export const BENCH_RULES = {
  sectionKeys: ["sammanfattning-uppdraget", "sammanfattning-genomforande", "bakgrund", "metod", "genomforande", "samordning"],
  generatedFootnotes: [],
};

/** The as-of date of every benchmark run (the date of report 1 of the synthetic sources is 2024-09-18). */
export const BENCH_AS_OF = "2024-09-18";
