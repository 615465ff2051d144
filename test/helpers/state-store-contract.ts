/**
 * The behaviour every StateStore must have, as a vitest suite any
 * implementation runs: `describeStateStoreContract("file", async () => …)`.
 * The Cloud Storage store runs the same suite against its fake server.
 */
import { afterEach, describe, expect, it } from "vitest";
import { StateKeyError, type StateStore } from "../../src/state/state-store.ts";

export interface StoreUnderTest {
  readonly store: StateStore;
  /** A second handle on the same storage, as another process would have. */
  readonly reopen: () => StateStore;
  readonly cleanup: () => Promise<void>;
}

export function describeStateStoreContract(name: string, open: () => Promise<StoreUnderTest>): void {
  describe(`the ${name} state store`, () => {
    let current: StoreUnderTest | undefined;
    const fresh = async () => (current = await open());
    afterEach(async () => {
      await current?.cleanup();
      current = undefined;
    });

    it("has nothing under a key never written", async () => {
      const { store } = await fresh();
      expect(await store.get("summary/2024-W38/nobody@example.se")).toBeUndefined();
    });

    it("creates a key once and keeps the first value", async () => {
      const { store } = await fresh();
      expect(await store.createOnce("k/one", "first")).toBe("created");
      expect(await store.createOnce("k/one", "second")).toBe("exists");
      expect(await store.get("k/one")).toBe("first");
    });

    it("lets exactly one of many concurrent creators win, through different handles", async () => {
      const { store, reopen } = await fresh();
      const handles = [store, reopen(), reopen()];
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => handles[i % handles.length]!.createOnce("race/key", `writer ${i}`)),
      );
      expect(results.filter((r) => r === "created")).toHaveLength(1);
      const winner = results.indexOf("created");
      expect(await store.get("race/key")).toBe(`writer ${winner}`);
    });

    it("replaces a value with put, and sees it from another handle", async () => {
      const { store, reopen } = await fresh();
      await store.put("snap/latest", "v1");
      await store.put("snap/latest", "v2");
      expect(await reopen().get("snap/latest")).toBe("v2");
      expect(await store.createOnce("snap/latest", "v3")).toBe("exists");
    });

    it("keeps a key and the keys under it apart", async () => {
      const { store } = await fresh();
      await store.put("a", "parent");
      await store.put("a/b", "child");
      expect([await store.get("a"), await store.get("a/b")]).toEqual(["parent", "child"]);
    });

    it.each([
      ["Swedish letters and JSON", '{"namn":"Åsa Öberg – ärende","rad":7}'],
      ["an empty value", ""],
      ["a large value", "x".repeat(300_000)],
      ["line breaks and NUL", "a\r\nb\u0000c"],
    ])("stores %s unchanged", async (_, value) => {
      const { store } = await fresh();
      expect(await store.createOnce("values/v", value)).toBe("created");
      expect(await store.get("values/v")).toBe(value);
    });

    it.each([["summary/2024-W38/anna.lind+test@tillvaxtverket.se/1"], ["summary/2024-W38/åsa.öberg@kommun.se"], ["x/y-z_w.v"]])(
      "accepts the key %s",
      async (key) => {
        const { store } = await fresh();
        expect(await store.createOnce(key, "v")).toBe("created");
        expect(await store.get(key)).toBe("v");
      },
    );

    it.each([[""], [".."], ["a/../b"], ["a//b"], ["/a"], ["a/"], ["a\\b"], ["a b"], ["a/./b"], ["a\nb"]])(
      "refuses the key %j",
      async (key) => {
        const { store } = await fresh();
        await expect(store.createOnce(key, "v")).rejects.toBeInstanceOf(StateKeyError);
        await expect(store.put(key, "v")).rejects.toBeInstanceOf(StateKeyError);
        await expect(store.get(key)).rejects.toBeInstanceOf(StateKeyError);
      },
    );
  });
}
