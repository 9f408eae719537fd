import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { startTestApi, type TestApi } from '@casebook/api/testing';
import * as client from '.';

/**
 * The README's client example, as printed: type-checked against this package's types (a wrong
 * path, field or enum value fails here), then run against a test API with only the base URL
 * swapped, and its `console.log` read. docs/api.md's longer example is type-checked too, with its
 * free names (the caller's own) declared.
 */
const root = join(__dirname, '..', '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const example = /```ts\n(import \{ createCasebookClient[\s\S]*?)```/.exec(readme)?.[1];
const apiPage = readFileSync(join(root, 'docs', 'api.md'), 'utf8');
const apiExample = /```ts\n(import \{ createCasebookClient, ifMatch[\s\S]*?)```/.exec(apiPage)?.[1];
const callersOwn = `
import type { paths } from '@casebook/client';
declare const tokens: { current(): string };
declare const id: string;
declare const filing: paths['/complaints']['post']['requestBody']['content']['application/json'];
declare function waitForTheRefund(): void;
`;

/** The TypeScript errors of a module that imports '@casebook/client' (this package's sources). */
function typeErrors(source: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'client-example-'));
  try {
    const file = join(dir, 'example.ts');
    writeFileSync(file, source);
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ES2022,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      paths: { '@casebook/client': [join(__dirname, 'index.ts')] },
      types: ['node'],
      typeRoots: [join(root, 'node_modules', '@types')],
    });
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

it('the README has the example', () => {
  expect(example?.split('\n').filter((l) => l.trim() !== '').length).toBeLessThanOrEqual(10);
});

it('type-checks against the generated types', () => {
  expect(typeErrors(example!)).toEqual([]);
});

it('docs/api.md’s example type-checks too', () => {
  expect(apiExample).toBeDefined();
  expect(typeErrors(apiExample! + callersOwn)).toEqual([]);
});

it('runs against the API and prints the complaint’s status', async () => {
  const source = example!.replace("'http://localhost:3000'", `'${await api.app.getUrl()}'`);
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const printed: unknown[][] = [];
  const token = api.auth('agent').authorization!.replace(/^Bearer /, '');
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>;
  const run = new AsyncFunction('require', 'exports', 'process', 'console', js);
  const requireClient = (name: string) => {
    if (name !== '@casebook/client') throw new Error(`the example imports ${name}`);
    return client;
  };
  await run(requireClient, {}, { env: { TOKEN: token } }, { log: (...a: unknown[]) => printed.push(a) });
  expect(printed).toEqual([['open']]);
});
