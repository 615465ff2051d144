#!/usr/bin/env -S node --heap-growing-percent=50 --max-inlined-bytecode-size-cumulative=460
// The command line, as built by `npm run build` (which `npm ci` runs through `prepare`).
// A run reads, lays out and writes in one go and then ends. V8's defaults are made for long-lived servers: a heap
// let grow to several times what is alive before it is collected. The first flag collects sooner: a report of 100 000
// activities peaks at about 440 MB instead of 560-630 MB, and one of 10 000 at about 175 MB instead of 200-250 MB.
// The main thread keeps V8's own young spaces (16 MB on Node 20), where the layout's short-lived objects die young;
// the parse workers get 8 MB ones from their resource limits. The second halves V8's inlining budget: the layout's
// large functions are optimized again after each deoptimization, and smaller compiles lay the report out about 8 %
// sooner, with 7 % less CPU (README, Benchmark).
import "../dist/cli.mjs";
