#!/usr/bin/env node
'use strict';
// The bundled CLI is built by `npm run build` (and by `npm ci` through the prepare script).
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('sigma-workbench: dist/cli.js is missing; run `npm run build` first\n');
  process.exit(2);
}
require(bundle)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
