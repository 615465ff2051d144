import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { layoutMarkdown } from "../sheets-schema/layout-markdown.ts";

it("keeps sheets-schema/LAYOUT.md as the schemas generate it (run npm run docs)", async () => {
  expect(await readFile("sheets-schema/LAYOUT.md", "utf8")).toBe(layoutMarkdown());
});
