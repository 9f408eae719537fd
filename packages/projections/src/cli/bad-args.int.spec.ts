import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

/** `casebook <args>` as a real process: its exit code and what it wrote to stderr. */
const casebook = (args: string[]) => {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts/ts-child.js'), join(ROOT, 'packages/projections/src/cli/main.ts'), ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
    },
  );
  return { status: r.status, stderr: r.stderr };
};

describe('casebook with bad arguments exits 2 with a message, never a stack trace', () => {
  it.each<[string, string[], RegExp]>([
    [
      'an escape sequence',
      ['audit', 'history', 'c-1\u001b[2J'],
      /^casebook: argument 3 contains the control character U\+001B/,
    ],
    [
      'a right-to-left override',
      ['projections', 'verify', 'complaints\u202e'],
      /^casebook: argument 3 contains the bidirectional control U\+202E/,
    ],
    [
      'a complaint id no command could create',
      ['audit', 'clocks', '../etc/passwd'],
      /^casebook: "..\/etc\/passwd" is not a complaint id/,
    ],
    ['an unknown command', ['projections', 'explode'], /^casebook: unknown command explode/],
    [
      'a 10,000-character option value',
      ['projections', 'rebuild', 'complaints', '--page-size', '9'.repeat(10_000)],
      /^casebook: --page-size needs a positive integer/,
    ],
  ])('%s', (_, args, message) => {
    const { status, stderr } = casebook(args);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at |\.ts:\d+:\d+/);
    expect(status).toBe(2);
  });
});
