/** Writes sheets-schema/LAYOUT.md from the schemas: `npm run docs`. A test fails when it is out of date. */
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { layoutMarkdown } from "../sheets-schema/layout-markdown.ts";

const target = fileURLToPath(new URL("../sheets-schema/LAYOUT.md", import.meta.url));
await writeFile(target, layoutMarkdown());
console.log(`Skrev ${target}`);
