/**
 * The status picture for one as-of date and report period: computed once, in
 * src/indicators, and rendered by both the report and the e-mail. Plain,
 * JSON-serialisable data; nothing downstream recomputes it.
 */
import { named } from "../../sheets-schema/vocabulary.ts";
import type { Course } from "./course.ts";
import type { FollowUp, RecommendationFate } from "./follow-up.ts";
import type {
  ActivityStatus,
  ActivityType,
  BlockKind,
  BlockStatus,
  Direction,
  GoalKind,
  Tool,
  BudgetStatus,
} from "../../sheets-schema/vocabulary.ts";
import type { Deliverable } from "../domain/model.ts";

export const INDICATOR_STATUSES = ["uppnått", "i fas", "risk", "efter", "saknar data"] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];
export const INDICATOR_STATUS = named(INDICATOR_STATUSES, {
  reached: "uppnått",
  onTrack: "i fas",
  atRisk: "risk",
  behind: "efter",
  noData: "saknar data",
});

export interface DatedValue {
  readonly value: number;
  /** ISO date. */
  readonly date: string;
}

export interface IndicatorResult {
  readonly id: string;
  readonly name: string;
  /** The goal or desired effect it follows up. */
  readonly goal: string;
  readonly unit: string;
  readonly direction: Direction;
  readonly block?: string;
  readonly baseline?: DatedValue;
  readonly target: DatedValue;
  /** The latest measurement on or before the as-of date. */
  readonly latest?: DatedValue & { readonly comment?: string };
  /** Measurements on or before the as-of date. */
  readonly measurementCount: number;
  /** latest − baseline, in the indicator's unit. */
  readonly change?: number;
  /** Share of the way from baseline to target that has been covered: 0 at baseline, 1 at target; may be below 0 or above 1. */
  readonly progress?: number;
  /** Share of the way that should have been covered by the as-of date (from milestones, else elapsed time). */
  readonly expectedProgress?: number;
  /** The value that should have been reached by the as-of date. */
  readonly expectedValue?: number;
  /** Where `expectedProgress` came from. */
  readonly expectedFrom?: "etappmål" | "tid";
  readonly status: IndicatorStatus;
  /** No measurement for longer than the staleness limit (or none at all). */
  readonly stale: boolean;
  readonly daysSinceLatest?: number;
  /** Why the status is what it is, in Swedish, where it is not plain from the numbers. */
  readonly note?: string;
}

export type CountBy<K extends string> = Readonly<Partial<Record<K, number>>>;

/** Activities counted by the one definition of the period (src/indicators/period.ts). */
export interface ActivityCounts {
  /** Planned, ongoing and done; never cancelled ones. */
  readonly total: number;
  /** Ongoing or done: what "pågick eller genomfördes" says. */
  readonly tookPlace: number;
  /** Cancelled: listed apart, in no total. */
  readonly cancelled: number;
  /** Still planned although the date has passed (part of `total`). */
  readonly plannedDatePassed: number;
  /** Planned, ongoing and done by status; cancelled ones are in `cancelled`. */
  readonly byStatus: CountBy<ActivityStatus>;
  readonly byTool: CountBy<Tool>;
  readonly byType: CountBy<ActivityType>;
  /** Block id, or `samordning` for the central workbook's own activities. */
  readonly byBlock: Readonly<Record<string, number>>;
}

export interface GoalResult {
  readonly id: string;
  readonly kind: GoalKind;
  readonly text: string;
  readonly indicators: readonly string[];
  /** The least favourable status among its indicators with data; `saknar data` when none has data. */
  readonly status: IndicatorStatus;
  readonly statusCounts: CountBy<IndicatorStatus>;
  /** Activities linked to it that took place in the period. */
  readonly activities: ActivityCounts;
  /** Neither an activity in the period nor a measurement of one of its indicators in the period. */
  readonly untouched: boolean;
}

/** An open deliverable that needs attention on the as-of date. */
export interface DeliverableDue {
  readonly deliverable: Deliverable;
  readonly state: "overdue" | "due-soon";
  /** Days late (overdue) or days left (due soon). */
  readonly days: number;
}

export interface BlockResult {
  readonly id: string;
  readonly name: string;
  readonly kind: BlockKind;
  readonly status: BlockStatus;
  readonly heading: string;
  readonly owner?: string;
  readonly ownerEmail?: string;
  /** Its activities in the period. */
  readonly activities: ActivityCounts;
  readonly deliverables: {
    /** Due within the period, cancelled ones left out. */
    readonly due: number;
    /** Past due on the as-of date and not delivered or cancelled. */
    readonly overdue: number;
    /** Delivered (any time up to the as-of date). */
    readonly done: number;
    /** Not delivered, due within `dueSoonDays` after the as-of date. */
    readonly dueSoon: number;
  };
  readonly workbookModifiedAt?: string;
  readonly daysSinceWorkbookChanged?: number;
  /** Started, and its workbook not saved for more than THRESHOLDS.workbookStaleDays. */
  readonly workbookStale: boolean;
  readonly readable: boolean;
  /** Status `startar senare`. */
  readonly notStarted: boolean;
}

export interface BudgetYearResult {
  readonly year: number;
  readonly allocated: number;
  readonly spent?: number;
  readonly status: BudgetStatus;
  /** spent / allocated. */
  readonly spentShare?: number;
  /** Share of the year elapsed on the as-of date (0 before it, 1 after it). */
  readonly yearElapsedShare: number;
}

export interface AssignmentResult {
  readonly start: string;
  readonly end: string;
  readonly daysTotal: number;
  readonly daysElapsed: number;
  /** Share of the assignment period elapsed on the as-of date, 0–1. */
  readonly elapsedShare: number;
  readonly budget: {
    readonly years: readonly BudgetYearResult[];
    readonly allocatedTotal: number;
    /** Spent in all years with a figure. */
    readonly spentTotal: number;
    /** Allocated in the years up to and including the as-of year. */
    readonly allocatedToDate: number;
    /** spentTotal / allocatedToDate. */
    readonly spentShareToDate?: number;
    /** Share of the to-date allocation that elapsed time would have spent at an even pace. */
    readonly expectedShareToDate?: number;
  };
}

export interface StatusPicture {
  /** The as-of date (ISO), Europe/Stockholm. */
  readonly asOf: string;
  /** The report period, both ends inclusive. */
  readonly period: { readonly start: string; readonly end: string };
  readonly reportNumber?: number;
  /** ISO week of the as-of date, e.g. `2024-W38`. */
  readonly isoWeek: string;
  readonly staleAfterDays: number;
  /** Deliverables due within this many days count as due soon. */
  readonly dueSoonDays: number;
  readonly assignment?: AssignmentResult;
  readonly indicators: readonly IndicatorResult[];
  readonly goals: readonly GoalResult[];
  readonly blocks: readonly BlockResult[];
  /** Every open deliverable overdue or due soon (blocks' and the coordination's), the late ones first. */
  readonly deliverablesDue: readonly DeliverableDue[];
  /** All activities in the period. */
  readonly activities: ActivityCounts;
  /** For a report after the first: how it follows up the one before. */
  readonly followUp?: FollowUp;
  /** For a report: each indicator's course across the report dates up to it. */
  readonly course?: Course;
  /** For a report: every recommendation given up to it, with what became of it. */
  readonly recommendations?: readonly RecommendationFate[];
}
