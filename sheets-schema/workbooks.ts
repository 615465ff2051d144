import { activitiesSheet } from "./sheets/activities.ts";
import { assignmentSheet } from "./sheets/assignment.ts";
import { blocksSheet } from "./sheets/blocks.ts";
import { budgetSheet } from "./sheets/budget.ts";
import { deliverablesSheet } from "./sheets/deliverables.ts";
import { goalsSheet } from "./sheets/goals.ts";
import { indicatorsSheet, milestonesSheet } from "./sheets/indicators.ts";
import { measurementsSheet } from "./sheets/measurements.ts";
import { networksSheet } from "./sheets/networks.ts";
import { recipientsSheet } from "./sheets/recipients.ts";
import { recommendationFollowUpsSheet } from "./sheets/recommendation-follow-ups.ts";
import { recommendationsSheet } from "./sheets/recommendations.ts";
import { reportsSheet } from "./sheets/reports.ts";
import { sourcesSheet } from "./sheets/sources.ts";
import { targetGroupsSheet } from "./sheets/target-groups.ts";
import { blockTextsSheet, centralTextsSheet } from "./sheets/texts.ts";
import { toolsSheet } from "./sheets/tools.ts";
import type { AnySheet } from "./sheet.ts";

/** The follow-up sheets every work group keeps; the central workbook has them too, for the coordination itself. */
const followUpSheets = {
  activities: activitiesSheet,
  measurements: measurementsSheet,
  deliverables: deliverablesSheet,
  networks: networksSheet,
} as const;

/** The coordinator's workbook. */
export const centralWorkbook = {
  assignment: assignmentSheet,
  reports: reportsSheet,
  goals: goalsSheet,
  targetGroups: targetGroupsSheet,
  tools: toolsSheet,
  budget: budgetSheet,
  blocks: blocksSheet,
  recommendations: recommendationsSheet,
  recommendationFollowUps: recommendationFollowUpsSheet,
  sources: sourcesSheet,
  indicators: indicatorsSheet,
  milestones: milestonesSheet,
  texts: centralTextsSheet,
  recipients: recipientsSheet,
  ...followUpSheets,
} as const;

/** A building block's or cross-cutting area's workbook, owned by its work group. */
export const blockWorkbook = {
  ...followUpSheets,
  texts: blockTextsSheet,
  sources: sourcesSheet,
} as const;

export type WorkbookKind = "central" | "block";

export const workbookLayouts: Record<WorkbookKind, Readonly<Record<string, AnySheet>>> = {
  central: centralWorkbook,
  block: blockWorkbook,
};

/** Sheets that must be present; the others may be left out of a workbook that does not use them. */
export const requiredSheets: Record<WorkbookKind, readonly string[]> = {
  central: [assignmentSheet.name, reportsSheet.name, goalsSheet.name, blocksSheet.name],
  block: [activitiesSheet.name],
};

/** The sheet lägesbild writes into blank workbooks to explain the columns; never read back. */
export const INSTRUCTIONS_SHEET = "Instruktioner";
/** A hidden sheet with id lists for drop-downs in block workbooks; never read back. */
export const LISTS_SHEET = "Listor";
/** The sheet `validate --annotate` adds to its copies, listing the problems; never read back. */
export const PROBLEMS_SHEET = "Problem";
