#!/usr/bin/env node
// npm run build:plugins: builds every workspace plugin whose sources changed and
// writes the same build stamps `npm start` and `npm test` read, so a start after
// it rebuilds nothing. `--force` rebuilds all.
import { buildStalePlugins } from "./lib/build.mjs"

await buildStalePlugins({ log: (m) => console.log(`[build] ${m}`), force: process.argv.includes("--force") })
