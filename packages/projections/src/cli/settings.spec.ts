import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { settingsProblems } from './settings';

const ROOT = join(__dirname, '../../../..');
const key = Buffer.alloc(32, 7).toString('base64');

describe('the CLI settings', () => {
  it('accepts good values, and unset or empty ones', () => {
    expect(settingsProblems({})).toEqual([]);
    expect(settingsProblems({ DATABASE_URL: '', CASEBOOK_ANCHOR_INTERVAL_SECONDS: '' })).toEqual([]);
    expect(
      settingsProblems({
        DATABASE_URL: 'postgresql://casebook:pw@db/casebook',
        EVENTSTORE_URL: 'esdb+discover://admin:changeit@cluster:2113',
        CASEBOOK_PII_MASTER_KEY: key,
        CASEBOOK_ANCHOR_INTERVAL_SECONDS: '0',
      }),
    ).toEqual([]);
  });

  it('names every wrong variable, never echoing a URL or key', () => {
    const problems = settingsProblems({
      DATABASE_URL: 'mysql://root:hunter2@db/x',
      EVENTSTORE_URL: 'http://admin:hunter2@esdb:2113',
      CASEBOOK_PII_MASTER_KEY: 'c2hvcnQ=',
      CASEBOOK_ANCHOR_INTERVAL_SECONDS: 'hourly',
    });
    expect(problems).toEqual([
      'DATABASE_URL (value hidden): expected a postgres:// or postgresql:// URL',
      'EVENTSTORE_URL (value hidden): expected an esdb:// or esdb+discover:// connection string',
      'CASEBOOK_PII_MASTER_KEY (value hidden): expected the base64 of 32 bytes (openssl rand -base64 32)',
      'CASEBOOK_ANCHOR_INTERVAL_SECONDS=hourly: expected a number of seconds ≥ 0 (0 turns the job off)',
    ]);
    expect(problems.join('\n')).not.toContain('hunter2');
  });

  it('stops the casebook command with exit code 1 before it connects', () => {
    const run = spawnSync(
      process.execPath,
      [
        join(ROOT, 'scripts/ts-child.js'),
        join(ROOT, 'packages/projections/src/cli/main.ts'),
        'projections',
        'status',
      ],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: 'not-a-url', CASEBOOK_ANCHOR_INTERVAL_SECONDS: 'x' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('DATABASE_URL (value hidden): expected a postgres:// or postgresql:// URL');
    expect(run.stderr).toContain('CASEBOOK_ANCHOR_INTERVAL_SECONDS=x: expected a number of seconds');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});
