import type { Activity, Indicator, Measurement, Milestone, Programme } from "../../src/domain/model.ts";

/** An empty programme to build small cases on. */
export function emptyProgramme(overrides: Partial<Programme> = {}): Programme {
  return {
    reports: [],
    goals: [],
    targetGroups: [],
    tools: [],
    budget: [],
    blocks: [],
    recommendations: [],
    recommendationFollowUps: [],
    sources: [],
    indicators: [],
    milestones: [],
    texts: [],
    blockTexts: [],
    recipients: [],
    activities: [],
    measurements: [],
    deliverables: [],
    networks: [],
    workbooks: [],
    omitted: [],
    ...overrides,
  };
}

export function indicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: "I1",
    name: "Antal",
    goal: "M1",
    unit: "antal",
    direction: "öka",
    baseline: 0,
    baselineDate: "2024-01-01",
    target: 100,
    targetDate: "2026-01-01",
    ...overrides,
  };
}

export function measurement(date: string, value: number, indicatorId = "I1"): Measurement {
  return { indicator: indicatorId, date, value, owner: null };
}

export function milestone(date: string, value: number, indicatorId = "I1"): Milestone {
  return { indicator: indicatorId, date, value };
}

export function activity(overrides: Partial<Activity> = {}): Activity {
  return {
    id: "A1",
    date: "2024-03-01",
    type: "möte",
    tool: "Nätverk",
    title: "Möte",
    status: "genomförd",
    owner: null,
    ...overrides,
  };
}
