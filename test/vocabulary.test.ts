import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as vocabulary from "../sheets-schema/vocabulary.ts";
import { INDICATOR_STATUS, INDICATOR_STATUSES } from "../src/indicators/types.ts";

const { named, ACTIVITY_STATUS, ACTIVITY_STATUSES } = vocabulary;

/** Each enumeration beside its English names. */
const PAIRS: ReadonlyArray<readonly [string, readonly string[], Readonly<Record<string, string>>]> = [
  ["GOAL_KIND", vocabulary.GOAL_KINDS, vocabulary.GOAL_KIND],
  ["TARGET_GROUP_PRIORITY", vocabulary.TARGET_GROUP_PRIORITIES, vocabulary.TARGET_GROUP_PRIORITY],
  ["TOOL", vocabulary.TOOLS, vocabulary.TOOL],
  ["BUDGET_STATUS", vocabulary.BUDGET_STATUSES, vocabulary.BUDGET_STATUS],
  ["BLOCK_KIND", vocabulary.BLOCK_KINDS, vocabulary.BLOCK_KIND],
  ["BLOCK_STATUS", vocabulary.BLOCK_STATUSES, vocabulary.BLOCK_STATUS],
  ["REPORT_STATUS", vocabulary.REPORT_STATUSES, vocabulary.REPORT_STATUS],
  ["REPORT_TYPE", vocabulary.REPORT_TYPES, vocabulary.REPORT_TYPE],
  ["RECOMMENDATION_STATUS", vocabulary.RECOMMENDATION_STATUSES, vocabulary.RECOMMENDATION_STATUS],
  ["DIRECTION", vocabulary.DIRECTIONS, vocabulary.DIRECTION],
  ["ACTIVITY_TYPE", vocabulary.ACTIVITY_TYPES, vocabulary.ACTIVITY_TYPE],
  ["ACTIVITY_STATUS", vocabulary.ACTIVITY_STATUSES, vocabulary.ACTIVITY_STATUS],
  ["DELIVERABLE_STATUS", vocabulary.DELIVERABLE_STATUSES, vocabulary.DELIVERABLE_STATUS],
  ["INDICATOR_STATUS", INDICATOR_STATUSES, INDICATOR_STATUS],
];

describe("the vocabulary's English names", () => {
  it.each(PAIRS)("%s names every value of its enumeration once, and nothing else", (_name, values, names) => {
    const named = Object.values(names);
    expect([...named].sort()).toEqual([...values].sort());
    expect(new Set(named).size).toBe(named.length);
  });

  it("keeps the Swedish value a staff member picks (a name is not a new value)", () => {
    expect(ACTIVITY_STATUS.cancelled).toBe("inställd");
    expect(vocabulary.BLOCK_STATUS.startsLater).toBe("startar senare");
    expect(vocabulary.DELIVERABLE_STATUS.notStarted).toBe("ej påbörjad");
  });

  it("is checked by the compiler: a value left unnamed or a name of no value does not compile", () => {
    // @ts-expect-error "pågående", "genomförd" and "inställd" have no name
    named(ACTIVITY_STATUSES, { planned: "planerad" });
    named(ACTIVITY_STATUSES, {
      planned: "planerad",
      ongoing: "pågående",
      done: "genomförd",
      cancelled: "inställd",
      // @ts-expect-error "avbruten" is no activity status
      aborted: "avbruten",
    });
    // @ts-expect-error the name's type is its one value
    const wrong: "planerad" = ACTIVITY_STATUS.cancelled;
    expect(wrong).toBe("inställd");
  });
});

const ROOT = join(import.meta.dirname, "..");
/** The only files that spell the vocabulary's values out. */
const VOCABULARY_FILES = new Set(["sheets-schema/vocabulary.ts", "src/indicators/types.ts"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

describe("code compares with the vocabulary's names, never with its Swedish words", () => {
  const values = new Set(PAIRS.flatMap(([, v]) => v));
  const literal = /(?:[!=]==\s*"([^"]+)")|(?:"([^"]+)"\s*[!=]==)/g;

  it("no === or !== against a Swedish value in src/ or functions/", () => {
    const found: string[] = [];
    for (const file of [...sourceFiles("src"), ...sourceFiles("functions")]) {
      if (VOCABULARY_FILES.has(file)) continue;
      const lines = readFileSync(join(ROOT, file), "utf8").split("\n");
      lines.forEach((line, i) => {
        for (const m of line.matchAll(literal)) {
          const word = m[1] ?? m[2];
          if (word !== undefined && values.has(word)) found.push(`${file}:${i + 1}: ${line.trim()}`);
        }
      });
    }
    expect(found).toEqual([]);
  });

  it("would notice one", () => {
    expect('if (a.status === "inställd")'.match(literal)).not.toBeNull();
    expect('if ("startar senare" !== b.status)'.match(literal)).not.toBeNull();
  });
});
