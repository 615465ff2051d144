/** The anchors of the summary's sections, so that an attention line can point at the section that says more. */
export const SECTION_IDS = {
  ownProblems: (index: number) => (index === 0 ? "att-ratta" : `att-ratta-${index + 1}`),
  blocks: "byggstenar",
  changes: "andringar",
  indicators: "indikatorer",
  deliverables: "leveranser",
  problems: "problem",
  report: "rapport",
} as const;
