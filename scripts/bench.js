#!/usr/bin/env node
// `pnpm bench <name> [--json]`: runs a compiled benchmark after `tsc -b` (see package.json).
const path = require('node:path');
const benches = {
  append: 'packages/event-store/dist/bench/append.js',
  api: 'packages/api/dist/bench/api.js',
  projections: 'packages/projections/dist/bench/projections.js',
  timers: 'packages/projections/dist/bench/timers.js',
  verify: 'packages/event-store/dist/bench/verify.js',
  personal: 'packages/event-store/dist/bench/personal.js',
  soak: 'packages/api/dist/bench/soak.js',
  embedded: 'packages/api/dist/bench/embedded.js',
};
const [name, ...args] = process.argv.slice(2);
if (!benches[name]) {
  console.error(`usage: pnpm bench <${Object.keys(benches).join('|')}> [--json]`);
  process.exit(2);
}
const mod = require(path.resolve(__dirname, '..', benches[name]));
mod.main(args).catch((e) => {
  console.error(e);
  process.exit(1);
});
