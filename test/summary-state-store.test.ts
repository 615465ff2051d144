import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileStateStore } from "../src/state/file-state-store.ts";
import { stateKey } from "../src/state/state-store.ts";
import { describeStateStoreContract } from "./helpers/state-store-contract.ts";

describeStateStoreContract("local file", async () => {
  const dir = await mkdtemp(join(tmpdir(), "lagesbild-state-"));
  return { store: fileStateStore(dir), reopen: () => fileStateStore(dir), cleanup: () => rm(dir, { recursive: true, force: true }) };
});

describe("the local file state store on disk", () => {
  it("keeps every file inside its folder and leaves no temporary files behind", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lagesbild-state-"));
    try {
      const store = fileStateStore(join(dir, "state"));
      await Promise.all(Array.from({ length: 10 }, () => store.createOnce("s/k", "v")));
      await store.put("s/p", "v");
      expect(await readdir(join(dir, "state", ".tmp"))).toEqual([]);
      expect((await readdir(dir, { recursive: true })).sort()).toEqual([
        "state",
        "state/.tmp",
        "state/s.d",
        "state/s.d/k.json",
        "state/s.d/p.json",
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("state keys made from parts", () => {
  it.each([
    [["summary", "2024-W38", "anna@x.se"], "summary/2024-W38/anna@x.se"],
    [["summary", "../etc", "a b"], "summary/.._etc/a_b"],
    [["summary", "..", "x"], "summary/_/x"],
    [["a/b", "c\r\nd"], "a_b/c__d"],
  ])("turns %j into %s", (parts, key) => {
    expect(stateKey(...parts)).toBe(key);
  });
});
