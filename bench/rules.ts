/** The text rules of the synthetic sources (their section keys match bench/generate.ts). */
export const BENCH_RULES = {
  sectionKeys: ["sammanfattning-uppdraget", "sammanfattning-genomforande", "bakgrund", "metod", "genomforande", "samordning"],
  generatedFootnotes: [],
};
