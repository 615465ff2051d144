#!/usr/bin/env node
// The command line, as built by `npm run build` (which `npm ci` runs through `prepare`).
import "../dist/cli.mjs";
