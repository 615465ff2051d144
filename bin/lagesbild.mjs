#!/usr/bin/env -S node --heap-growing-percent=50
// The command line, as built by `npm run build` (which `npm ci` runs through `prepare`).
// A run reads, lays out and writes in one go and then ends. V8's defaults are made for long-lived servers: a heap
// let grow to several times what is alive before it is collected. This flag collects sooner: a report of 100 000
// activities peaks at about 460 MB instead of 560-630 MB, and one of 10 000 at about 180 MB instead of 200-250 MB.
// The main thread keeps V8's 16 MB young spaces, where the layout's short-lived objects die young; the parse
// workers get 8 MB ones from their resource limits (README, Benchmark).
import "../dist/cli.mjs";
