/**
 * The enumerations the workbooks use: Swedish values, exactly as staff type or
 * pick them. Each tuple is what the zod schema accepts, in the order lists and
 * tables show it; each constant beside it names the values in English, so code
 * compares with `ACTIVITY_STATUS.cancelled`, never with the Swedish word.
 */

/**
 * English names for an enumeration's values. The type rejects a name whose
 * value the enumeration lacks and a value left without a name, so the two
 * cannot drift apart.
 */
export function named<const V extends string, const N extends Readonly<Record<string, V>>>(
  _values: readonly V[],
  names: N & ([Exclude<V, N[keyof N]>] extends [never] ? unknown : { readonly unnamed: Exclude<V, N[keyof N]> }),
): Readonly<N> {
  return Object.freeze(names);
}

export const GOAL_KINDS = ["övergripande mål", "delmål", "önskad effekt"] as const;
export const GOAL_KIND = named(GOAL_KINDS, { overall: "övergripande mål", subGoal: "delmål", desiredEffect: "önskad effekt" });
/** The kind as a heading or at the start of a line. */
export const GOAL_KIND_LABELS: Readonly<Record<GoalKind, string>> = {
  "övergripande mål": "Övergripande mål",
  delmål: "Delmål",
  "önskad effekt": "Önskad effekt",
};

export const TARGET_GROUP_PRIORITIES = ["primär", "ytterligare"] as const;
export const TARGET_GROUP_PRIORITY = named(TARGET_GROUP_PRIORITIES, { primary: "primär", further: "ytterligare" });

export const TOOLS = ["Kunskap", "Nätverk", "Investering"] as const;
export const TOOL = named(TOOLS, { knowledge: "Kunskap", network: "Nätverk", investment: "Investering" });

export const BUDGET_STATUSES = ["beslutad", "väntad"] as const;
export const BUDGET_STATUS = named(BUDGET_STATUSES, { decided: "beslutad", expected: "väntad" });

export const BLOCK_KINDS = ["byggsten", "tvärgående område"] as const;
export const BLOCK_KIND = named(BLOCK_KINDS, { block: "byggsten", crossCutting: "tvärgående område" });

export const BLOCK_STATUSES = ["aktiv", "startar senare", "avslutad"] as const;
export const BLOCK_STATUS = named(BLOCK_STATUSES, { active: "aktiv", startsLater: "startar senare", finished: "avslutad" });

export const REPORT_STATUSES = ["utkast", "beslutad"] as const;
export const REPORT_STATUS = named(REPORT_STATUSES, { draft: "utkast", decided: "beslutad" });

/** Empty on the sheet means a delrapport. */
export const REPORT_TYPES = ["delrapport", "slutrapport"] as const;
export const REPORT_TYPE = named(REPORT_TYPES, { interim: "delrapport", final: "slutrapport" });

/** What became of a recommendation; empty on the sheet means "lämnad". */
export const RECOMMENDATION_STATUSES = ["lämnad", "under beredning", "genomförd", "avslagen", "inte längre aktuell"] as const;
export const RECOMMENDATION_STATUS = named(RECOMMENDATION_STATUSES, {
  given: "lämnad",
  inPreparation: "under beredning",
  implemented: "genomförd",
  rejected: "avslagen",
  noLongerRelevant: "inte längre aktuell",
});

export const DIRECTIONS = ["öka", "minska"] as const;
export const DIRECTION = named(DIRECTIONS, { increase: "öka", decrease: "minska" });

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
export const ACTIVITY_TYPE = named(ACTIVITY_TYPES, {
  meeting: "möte",
  event: "evenemang",
  studyVisit: "studieresa",
  dialogue: "dialog",
  knowledgeBase: "kunskapsunderlag",
  procurement: "upphandling",
  callForProposals: "utlysning",
  training: "utbildning",
  other: "annat",
});

/** Also the order activity statuses are listed in everywhere. */
export const ACTIVITY_STATUSES = ["planerad", "pågående", "genomförd", "inställd"] as const;
export const ACTIVITY_STATUS = named(ACTIVITY_STATUSES, {
  planned: "planerad",
  ongoing: "pågående",
  done: "genomförd",
  cancelled: "inställd",
});

export const DELIVERABLE_STATUSES = ["ej påbörjad", "pågående", "levererad", "inställd"] as const;
export const DELIVERABLE_STATUS = named(DELIVERABLE_STATUSES, {
  notStarted: "ej påbörjad",
  ongoing: "pågående",
  delivered: "levererad",
  cancelled: "inställd",
});

export type GoalKind = (typeof GOAL_KINDS)[number];
export type TargetGroupPriority = (typeof TARGET_GROUP_PRIORITIES)[number];
export type Tool = (typeof TOOLS)[number];
export type BudgetStatus = (typeof BUDGET_STATUSES)[number];
export type BlockKind = (typeof BLOCK_KINDS)[number];
export type BlockStatus = (typeof BLOCK_STATUSES)[number];
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export type DeliverableStatus = (typeof DELIVERABLE_STATUSES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type ReportType = (typeof REPORT_TYPES)[number];
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
