#!/usr/bin/env node
// The `meta-privacy` command: `meta-privacy inventory [paths…]` (docs/inventory.md).
// The code lives in dist/cli, built by `npm run build`.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
