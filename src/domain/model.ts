/**
 * The typed model of the programme, as validation hands it on: every row that
 * passed its checks, in the workbooks' order, with no locations and no I/O.
 */
import type { RowOf } from "../../sheets-schema/index.ts";
import type { centralWorkbook } from "../../sheets-schema/workbooks.ts";

type Central = typeof centralWorkbook;

export type Assignment = RowOf<Central["assignment"]>;
export type Report = RowOf<Central["reports"]>;
export type Goal = RowOf<Central["goals"]>;
export type TargetGroup = RowOf<Central["targetGroups"]>;
export type ToolDescription = RowOf<Central["tools"]>;
export type BudgetYear = RowOf<Central["budget"]>;
export type BlockRow = RowOf<Central["blocks"]>;
export type Recommendation = RowOf<Central["recommendations"]>;
export type RecommendationFollowUp = RowOf<Central["recommendationFollowUps"]>;
export type SourceRow = RowOf<Central["sources"]>;
export type Indicator = RowOf<Central["indicators"]>;
export type Milestone = RowOf<Central["milestones"]>;
export type CentralText = RowOf<Central["texts"]>;
export type Recipient = RowOf<Central["recipients"]>;
export type ActivityRow = RowOf<Central["activities"]>;
export type MeasurementRow = RowOf<Central["measurements"]>;
export type DeliverableRow = RowOf<Central["deliverables"]>;
export type NetworkRow = RowOf<Central["networks"]>;

/** Who keeps a follow-up row: a block's id, or `null` for the coordination (central workbook). */
export type Owner = string | null;

export type Activity = ActivityRow & { readonly owner: Owner };
export type Measurement = MeasurementRow & { readonly owner: Owner };
export type Deliverable = DeliverableRow & { readonly owner: Owner };
export type Network = NetworkRow & { readonly owner: Owner };
export interface BlockText {
  readonly block: string;
  readonly report: string;
  readonly order: number;
  readonly text: string;
}

export interface WorkbookInfo {
  readonly name: string;
  readonly location: string;
  /** The block whose workbook it is; `null` for the central workbook. */
  readonly owner: Owner;
  readonly modifiedAt?: string;
  /** Whether it could be read at all. */
  readonly readable: boolean;
}

/** Rows of one sheet that an error keeps out of every figure: counted, so that the figures can say so. */
export interface OmittedRows {
  readonly workbook: string;
  readonly sheet: string;
  readonly rows: number;
}

export interface Programme {
  readonly assignment?: Assignment;
  readonly reports: readonly Report[];
  readonly goals: readonly Goal[];
  readonly targetGroups: readonly TargetGroup[];
  readonly tools: readonly ToolDescription[];
  readonly budget: readonly BudgetYear[];
  readonly blocks: readonly BlockRow[];
  readonly recommendations: readonly Recommendation[];
  /** What became of the recommendations, per report (sheet Rekommendationsuppföljning). */
  readonly recommendationFollowUps: readonly RecommendationFollowUp[];
  /** Sources from the central and every block workbook; ids are unique across them. */
  readonly sources: readonly SourceRow[];
  readonly indicators: readonly Indicator[];
  readonly milestones: readonly Milestone[];
  readonly texts: readonly CentralText[];
  readonly blockTexts: readonly BlockText[];
  readonly recipients: readonly Recipient[];
  readonly activities: readonly Activity[];
  readonly measurements: readonly Measurement[];
  readonly deliverables: readonly Deliverable[];
  readonly networks: readonly Network[];
  readonly workbooks: readonly WorkbookInfo[];
  /** Rows left out because of errors, per workbook and sheet, in workbook order. */
  readonly omitted: readonly OmittedRows[];
}
