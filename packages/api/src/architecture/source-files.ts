import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The repository's `packages` folder, seen from this file. */
export const PACKAGES = resolve(__dirname, '../../..');

/** Every TypeScript source file of every package's `src`, with its text. */
export function sourceFiles(): ReadonlyMap<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) files.set(relative(PACKAGES, path), readFileSync(path, 'utf8'));
    }
  };
  for (const pkg of readdirSync(PACKAGES)) {
    const src = join(PACKAGES, pkg, 'src');
    if (existsSync(src)) walk(src);
  }
  return files;
}

/** `import ... from 'x'`, `export ... from 'x'` (over several lines) and `import 'x'`. */
const SPECIFIER = /(?:^|\n)\s*(?:(?:import|export)\b[^;'"]*?\bfrom\s*|import\s*)['"]([^'"]+)['"]/g;

/** The module specifiers a file imports or re-exports, type-only ones included. */
export const specifiersOf = (text: string): string[] => [...text.matchAll(SPECIFIER)].map((m) => m[1]!);

/** A relative specifier resolved to the file it names (`x.ts` or `x/index.ts`), or null. */
export function resolveRelative(from: string, specifier: string, files: ReadonlyMap<string, string>) {
  if (!specifier.startsWith('.')) return null;
  const base = join(dirname(from), specifier);
  return [`${base}.ts`, join(base, 'index.ts')].find((f) => files.has(f)) ?? null;
}

/** Import cycles among `files`, each as the list of files around it. */
export function importCycles(files: ReadonlyMap<string, string>): string[][] {
  const edges = new Map<string, string[]>();
  for (const [file, text] of files) {
    const targets = specifiersOf(text).map((s) => resolveRelative(file, s, files));
    edges.set(
      file,
      targets.filter((t): t is string => t !== null),
    );
  }
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of edges.keys()) if (!state.has(file)) visit(file);
  return cycles;
}
