/** The enumerations the workbooks use: Swedish values, exactly as staff type or pick them. */

export const GOAL_KINDS = ["övergripande mål", "delmål", "önskad effekt"] as const;
export const TARGET_GROUP_PRIORITIES = ["primär", "ytterligare"] as const;
export const TOOLS = ["Kunskap", "Nätverk", "Investering"] as const;
export const BUDGET_STATUSES = ["beslutad", "väntad"] as const;
export const BLOCK_KINDS = ["byggsten", "tvärgående område"] as const;
export const BLOCK_STATUSES = ["aktiv", "startar senare", "avslutad"] as const;
export const REPORT_STATUSES = ["utkast", "beslutad"] as const;
/** Empty on the sheet means a delrapport. */
export const REPORT_TYPES = ["delrapport", "slutrapport"] as const;
/** What became of a recommendation; empty on the sheet means "lämnad". */
export const RECOMMENDATION_STATUSES = ["lämnad", "under beredning", "genomförd", "avslagen", "inte längre aktuell"] as const;
export const DIRECTIONS = ["öka", "minska"] as const;
export const ACTIVITY_TYPES = [
  "möte",
  "evenemang",
  "studieresa",
  "dialog",
  "kunskapsunderlag",
  "upphandling",
  "utlysning",
  "utbildning",
  "annat",
] as const;
export const ACTIVITY_STATUSES = ["planerad", "pågående", "genomförd", "inställd"] as const;
export const DELIVERABLE_STATUSES = ["ej påbörjad", "pågående", "levererad", "inställd"] as const;

export type GoalKind = (typeof GOAL_KINDS)[number];
export type Tool = (typeof TOOLS)[number];
export type BlockKind = (typeof BLOCK_KINDS)[number];
export type BlockStatus = (typeof BLOCK_STATUSES)[number];
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export type DeliverableStatus = (typeof DELIVERABLE_STATUSES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type ReportType = (typeof REPORT_TYPES)[number];
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
