#!/usr/bin/env node
// The client's types, generated from casebook's OpenAPI document with openapi-typescript and
// formatted with the repository's prettier settings, so the committed file passes `pnpm lint`.
//
//   node scripts/generate.mjs            the document built from @casebook/api's code (no server):
//                                        writes src/schema.ts (`pnpm --filter @casebook/client generate`)
//   node scripts/generate.mjs --url URL  the document a running server serves at URL: prints the types
//                                        (the test compares them with the committed file)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', 'src', 'schema.ts');
const HEADER =
  '// Generated from casebook’s /openapi.json by scripts/generate.mjs (openapi-typescript). Do not edit:\n' +
  '// run `pnpm --filter @casebook/client generate` after changing the API.\n\n';

async function documentFrom(args) {
  const at = args.indexOf('--url');
  if (at === -1) return createRequire(import.meta.url)('@casebook/api').casebookDocument();
  const url = args[at + 1];
  if (!url) throw new Error('--url needs the address of an /openapi.json');
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`);
  return res.json();
}

async function typesOf(document) {
  const ast = await openapiTS(document);
  const options = (await prettier.resolveConfig(target)) ?? {};
  return prettier.format(HEADER + astToString(ast), { ...options, filepath: target });
}

const args = process.argv.slice(2);
const types = await typesOf(await documentFrom(args));
if (args.includes('--url')) {
  process.stdout.write(types);
} else {
  const before = (() => {
    try {
      return readFileSync(target, 'utf8');
    } catch {
      return '';
    }
  })();
  writeFileSync(target, types);
  console.log(`${target}: ${before === types ? 'unchanged' : 'written'}`);
}
