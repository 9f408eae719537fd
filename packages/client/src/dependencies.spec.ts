import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The client is what other services install: at run time it needs openapi-fetch and nothing of
 * casebook's (its tests may use @casebook/api's testing helpers). The API never depends on it.
 */
const packages = join(__dirname, '..', '..');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
const manifest = (name: string) =>
  JSON.parse(readFileSync(join(packages, name, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);

it('the client needs only openapi-fetch at run time', () => {
  expect(Object.keys(manifest('client').dependencies ?? {})).toEqual(['openapi-fetch']);
  const shipped = sources(__dirname).filter((f) => !f.endsWith('.spec.ts'));
  const foreign = shipped.flatMap((f) =>
    importsOf(f).filter((s) => !s.startsWith('.') && !s.startsWith('node:')),
  );
  expect([...new Set(foreign)]).toEqual(['openapi-fetch']);
});

it('the API never depends on the client', () => {
  const api = manifest('api');
  expect({ ...api.dependencies, ...api.devDependencies }).not.toHaveProperty('@casebook/client');
  const users = sources(join(packages, 'api', 'src')).filter((f) =>
    importsOf(f).some((s) => s.startsWith('@casebook/client')),
  );
  expect(users).toEqual([]);
});
