import { type AnySetting, SETTINGS } from './settings';

/** The settings table's rows: variable, what it expects, default, what it does. */
export const settingsRows = (): string[][] =>
  Object.entries(SETTINGS as Record<string, AnySetting>).map(([name, s]) => [
    `\`${name}\``,
    s.expects,
    s.default,
    s.does,
  ]);

/** The table as docs/operations.md has it (before prettier pads the columns). */
export const settingsTable = (): string =>
  [['variable', 'expects', 'default', 'what it does'], ['---', '---', '---', '---'], ...settingsRows()]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n');

// `node scripts/ts-child.js packages/api/src/settings/table.ts`: prints the table for the docs.
if (require.main === module) console.log(settingsTable());
