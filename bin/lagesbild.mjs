#!/usr/bin/env -S node --max-semi-space-size=8 --heap-growing-percent=30
// The command line, as built by `npm run build` (which `npm ci` runs through `prepare`).
// A run reads, lays out and writes in one go and then ends: V8's defaults, made for long-lived servers, let the
// heap grow to about four times what is alive between collections and keep 16 MB young spaces; these collect
// sooner, which takes the peak of a 100 000-activity report from about 540 MB to about 430 MB for a few per cent
// more time (README, Benchmark).
import "../dist/cli.mjs";
