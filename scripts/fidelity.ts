/**
 * Prints how faithfully lägesbild reproduces Delrapport 1: generates the
 * report from examples/delrapport-1 (report 1, as of 2024-09-18), reads the
 * .docx back and compares it with the seed. Writes the document to
 * reports/delrapport-1.docx for a look.
 *
 *   npx tsx scripts/fidelity.ts [--seed path/to/seed.md]
 */
import { mkdir, writeFile } from "node:fs/promises";
import { renderExampleReport } from "../test/helpers/example-report.ts";
import { measureFidelity } from "../test/helpers/fidelity.ts";
import { readSeed, SEED_PATH } from "../test/helpers/seed.ts";

const seedArg = process.argv.indexOf("--seed");
const seed = readSeed(seedArg > 0 ? (process.argv[seedArg + 1] ?? SEED_PATH) : SEED_PATH);
const started = Date.now();
const { docx, renderMs } = await renderExampleReport();
const elapsed = Date.now() - started;
await mkdir("reports", { recursive: true });
await writeFile("reports/delrapport-1.docx", docx);
const f = await measureFidelity(docx, seed);

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const lines = [
  `Sentences of the seed found verbatim: ${f.sentences.found} of ${f.sentences.total} = ${percent(f.sentences.share)}`,
  `Headings in order: ${f.headingCount - f.headingsOutOfOrder.length} of ${f.headingCount}`,
  `Recommendation titles (bold): ${f.titleCount - f.titlesMissing.length} of ${f.titleCount}`,
  `Footnotes: ${f.footnoteCount.docx} in the document, ${f.footnoteCount.seed} in the seed, ${f.footnoteDifferences.length} differ`,
  `Decision paragraphs: ${f.decisionMissing.length === 0 ? "found" : `missing ${f.decisionMissing.length}`}`,
  `Generated in ${elapsed} ms, of which ${renderMs} ms compute, render and pack; ${docx.length} bytes; written to reports/delrapport-1.docx`,
];
for (const h of f.headingsOutOfOrder) lines.push(`  heading not found in order: ${h}`);
for (const t of f.titlesMissing) lines.push(`  title missing: ${t}`);
for (const d of f.footnoteDifferences) lines.push(`  footnote ${d.number}:\n    seed: ${d.seed}\n    docx: ${d.docx}`);
for (const s of f.sentences.missing) lines.push(`  sentence not verbatim: ${s}`);
process.stdout.write(`${lines.join("\n")}\n`);
