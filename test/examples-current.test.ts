import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { buildExample, EXAMPLES, SAVED_ON } from "../examples/build-examples.ts";
import { readOoxml } from "../src/sources/xlsx/ooxml/read-ooxml.ts";

it.each(Object.entries(EXAMPLES))("keeps the example %s as its YAML source builds it (run npm run examples)", async (name, sources) => {
  const example = join("examples", name);
  const out = await mkdtemp(join(tmpdir(), "lagesbild-examples-"));
  const built = (
    await buildExample(
      sources.map((s) => join("examples", s)),
      out,
      SAVED_ON[name],
    )
  )
    .map((p) => p.slice(out.length + 1))
    .sort();
  const committed = (await readdir(example)).filter((f) => f.endsWith(".xlsx")).sort();
  expect(built).toEqual(committed);
  for (const file of committed) {
    const [fresh, checkedIn] = await Promise.all([readFile(join(out, file)), readFile(join(example, file))]);
    expect(await readOoxml(checkedIn, 1e8), file).toEqual(await readOoxml(fresh, 1e8));
  }
});
