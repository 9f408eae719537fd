import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMasterKey } from './master-key';

describe('loadMasterKey', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'casebook-master-'));

  it('takes a configured key, and refuses one that is not 32 bytes, naming the variable', () => {
    const key = randomBytes(32);
    expect(
      loadMasterKey({ configured: key.toString('base64'), dataDir: dir(), log: () => undefined }),
    ).toEqual(key);
    expect(() =>
      loadMasterKey({ configured: randomBytes(16).toString('base64'), dataDir: dir(), log: () => undefined }),
    ).toThrow('CASEBOOK_PII_MASTER_KEY: must be the base64 of 32 bytes (got 16)');
  });

  it('makes one in the data directory on first use (mode 0600), says so, and reads the same one after', () => {
    const d = dir();
    const said: string[] = [];
    const first = loadMasterKey({ dataDir: d, log: (t) => said.push(t) });
    expect(first).toHaveLength(32);
    expect(said.join()).toMatch(/generated the personal-data master key/);
    expect(statSync(join(d, 'pii-master.key')).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(join(d, 'pii-master.key'), 'utf8').trim(), 'base64')).toEqual(first);
    expect(loadMasterKey({ dataDir: d, log: () => said.push('again') })).toEqual(first);
    expect(said).not.toContain('again');
  });
});
