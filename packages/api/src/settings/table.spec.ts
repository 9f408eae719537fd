import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settingsRows } from './table';

const OPERATIONS = join(__dirname, '../../../../docs/operations.md');

/** The rows of the first table under `## <heading>`, cells trimmed, the header and rule left out. */
function tableUnder(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`docs/operations.md has no "## ${heading}" section`);
  const lines = markdown.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const table: string[] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    table.push(line);
  }
  return table.slice(2).map((line) =>
    line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim()),
  );
}

describe('docs/operations.md, "Settings"', () => {
  it('lists every variable the settings codec decodes, as the codec describes it, and no other', () => {
    const documented = tableUnder(readFileSync(OPERATIONS, 'utf8'), 'Settings');
    // On a difference, paste the output of `node scripts/ts-child.js packages/api/src/settings/table.ts`.
    expect(documented).toEqual(settingsRows());
  });
});
