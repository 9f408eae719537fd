#!/usr/bin/env node
// `node scripts/ts-child.js <file.ts> [args]`: runs a TypeScript entry point from the sources, as
// jest does (no build needed): ts-node with swc, and `@casebook/<package>` resolved to its src.
// Tests use it to start the API and the CLI as separate processes.
const path = require('node:path');
const Module = require('node:module');

const root = path.resolve(__dirname, '..');
require('ts-node').register({
  swc: true,
  transpileOnly: true,
  project: path.join(root, 'tsconfig.base.json'),
});
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const m = /^@casebook\/([a-z-]+)(\/testing)?$/.exec(request);
  const mapped = m
    ? path.join(root, 'packages', m[1], 'src', m[2] ? 'testing/index.ts' : 'index.ts')
    : request;
  return resolve.call(this, mapped, ...rest);
};
const [entry, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], path.resolve(entry), ...args];
// As `node <entry>` would: the entry is the main module (`require.main === module` holds in it).
Module._load(process.argv[1], null, true);
