import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTestApi, type TestApi } from '@casebook/api/testing';

/**
 * The committed types are the served document's: generated afresh from a running API's
 * /openapi.json (the script's `--url` mode, the same code as `generate`) and compared with
 * src/schema.ts. When the API changes, this fails until `pnpm --filter @casebook/client generate`.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

it('src/schema.ts matches the document the API serves', async () => {
  const url = `${await api.app.getUrl()}/openapi.json`;
  const script = join(__dirname, '..', 'scripts', 'generate.mjs');
  const { stdout } = await promisify(execFile)(process.execPath, [script, '--url', url], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const committed = readFileSync(join(__dirname, 'schema.ts'), 'utf8');
  expect(stdout.length).toBeGreaterThan(1000);
  if (stdout !== committed) {
    throw new Error(
      'packages/client/src/schema.ts is not what /openapi.json describes: run `pnpm --filter @casebook/client generate` and commit it',
    );
  }
});
