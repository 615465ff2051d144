/**
 * When an indicator counts as on track. Progress is the share of the way from
 * baseline to target (0 at baseline, 1 at target); "expected" is the share that
 * should be covered by the as-of date, from milestones (Etappmål) where the
 * sheet gives them, else from elapsed time between baseline date and target date.
 *
 * - uppnått: the latest value has reached the target (respecting the direction).
 * - i fas:   progress is at most 10 percentage points behind expected.
 * - risk:    10–25 percentage points behind.
 * - efter:   more than 25 points behind, or the target date has passed unreached.
 * - saknar data: no measurement on or before the as-of date, or no baseline.
 */
export const THRESHOLDS = {
  onTrackGap: 0.1,
  atRiskGap: 0.25,
  /** A measurement older than this makes the indicator stale. */
  staleAfterDays: 120,
  /** Deliverables due within this many days after the as-of date are "due soon". */
  dueSoonDays: 30,
  /** A block's workbook nobody has saved for longer than this is worth a word. */
  workbookStaleDays: 30,
} as const;
