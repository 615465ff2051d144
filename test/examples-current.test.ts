import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { buildExample } from "../examples/build-examples.ts";
import { readOoxml } from "../src/sources/xlsx/ooxml/read-ooxml.ts";

const EXAMPLE = "examples/delrapport-1";

it("keeps the example workbooks as their YAML source builds them (run npm run examples)", async () => {
  const out = await mkdtemp(join(tmpdir(), "lagesbild-examples-"));
  const built = (await buildExample(join(EXAMPLE, "source"), out)).map((p) => p.slice(out.length + 1)).sort();
  const committed = (await readdir(EXAMPLE)).filter((f) => f.endsWith(".xlsx")).sort();
  expect(built).toEqual(committed);
  for (const file of committed) {
    const [fresh, checkedIn] = await Promise.all([readFile(join(out, file)), readFile(join(EXAMPLE, file))]);
    expect(await readOoxml(checkedIn, 1e8), file).toEqual(await readOoxml(fresh, 1e8));
  }
});
