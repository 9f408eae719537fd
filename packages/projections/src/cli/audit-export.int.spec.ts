import { anchorMigrations, publicKeyBase64, runMigrations } from '@casebook/event-store';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projections } from '../index';
import { complaintFiled, interactionQueued, openProjectionTestbed, type ProjectionTestbed } from '../testing';
import { auditCheckExport } from './audit-export';
import type { AuditKeySource } from './audit-keys';
import { execute } from './commands';

let bed: ProjectionTestbed;
let out: string[];
const dir = mkdtempSync(join(tmpdir(), 'cb-export-'));
const signer = generateKeyPairSync('ed25519');
const keys: AuditKeySource = { signingKey: () => signer.privateKey, publicKey: () => signer.publicKey };
const io = { out: { write: (t: string) => void out.push(t), isTTY: false }, keys };
const context = () => ({
  ...io,
  err: io.out,
  pool: bed.db.pool,
  store: bed.store,
  projections,
  signal: new AbortController().signal,
});
/** The trusted key is the signer's, unless the test names another (then a stranger's key). */
const verifier: AuditKeySource = {
  ...keys,
  publicKey: (given) => (given ? generateKeyPairSync('ed25519').publicKey : signer.publicKey),
};
const check = (file: string, publicKey?: string) =>
  auditCheckExport(
    { ...io, keys: verifier },
    { kind: 'audit-check-export', file, json: false, ...(publicKey === undefined ? {} : { publicKey }) },
  );
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);

beforeAll(async () => {
  bed = await openProjectionTestbed();
  await runMigrations(bed.db.pool, anchorMigrations);
  await bed.store.appendToStream('complaint-c-1', [complaintFiled('c-1', 'cu-1')]);
  await bed.store.appendToStream('interaction-i-1', [
    interactionQueued('i-1', 'cu-1', { complaintId: 'c-1' }),
  ]);
  await bed.store.appendToStream('complaint-c-2', [complaintFiled('c-2', 'cu-2')]); // not c-1's
});
afterAll(() => bed.close());
beforeEach(() => (out = []));

describe('casebook audit export --complaint and check-export', () => {
  const file = join(dir, 'c-1.jsonl');

  it('exports the complaint with its linked streams; the export checks with the public key alone', async () => {
    expect(await execute(context(), { kind: 'audit-export', out: file, complaintId: 'c-1' })).toBe(0);
    expect(out.join('')).toContain(`wrote 2 events of 2 streams to ${file}`);
    expect(lines(file).map((l) => (JSON.parse(l) as { streamId: string }).streamId)).toEqual([
      'complaint-c-1',
      'interaction-i-1',
    ]);
    const manifest = JSON.parse(readFileSync(`${file}.manifest.json`, 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      eventCount: 2,
      range: { kind: 'complaint', complaintId: 'c-1' },
      publicKey: publicKeyBase64(signer.publicKey),
    });
    out = [];
    expect(check(file)).toBe(0);
    expect(out.join('')).toMatch(/ok, 2 events; digest, chains and signature check/);
  });

  it('refuses a file with one byte flipped, naming the digest', () => {
    const copy = join(dir, 'flipped.jsonl');
    const bytes = readFileSync(file);
    const at = bytes.indexOf('Parcel lost');
    bytes[at] = bytes[at]! ^ 0x01; // 'P' -> 'Q'
    writeFileSync(copy, bytes);
    writeFileSync(`${copy}.manifest.json`, readFileSync(`${file}.manifest.json`));
    expect(check(copy)).toBe(1);
    expect(out.join('')).toMatch(/REFUSED\ndigest: the file's SHA-256 is [0-9a-f]{64}, the manifest says/);
    expect(out.join('')).toMatch(
      /chain: complaint-c-1: position 0: the hash is not that of the event's content/,
    );
  });

  it('refuses a file with a line removed', () => {
    const copy = join(dir, 'short.jsonl');
    writeFileSync(copy, `${lines(file)[0]}\n`);
    writeFileSync(`${copy}.manifest.json`, readFileSync(`${file}.manifest.json`));
    expect(check(copy)).toBe(1);
    expect(out.join('')).toMatch(
      /digest: .*\ncount: the file holds 1 events, the manifest says 2\nstreams: .*interaction-i-1 0\.\.0/,
    );
  });

  it('refuses the export checked with another key, or a manifest edited after signing', () => {
    expect(check(file, 'another')).toBe(1);
    expect(out.join('')).toMatch(/REFUSED\nsignature: the manifest is not signed by this public key/);
    out = [];
    const copy = join(dir, 'edited.jsonl');
    writeFileSync(copy, readFileSync(file));
    const m = JSON.parse(readFileSync(`${file}.manifest.json`, 'utf8')) as Record<string, unknown>;
    writeFileSync(
      `${copy}.manifest.json`,
      JSON.stringify({ ...m, range: { kind: 'complaint', complaintId: 'c-2' } }),
    );
    expect(check(copy)).toBe(1);
    expect(out.join('')).toMatch(/^[^\n]*REFUSED\nsignature: /);
  });

  it('exits 1 for a complaint that does not exist', async () => {
    expect(
      await execute(context(), { kind: 'audit-export', out: join(dir, 'none.jsonl'), complaintId: 'nope' }),
    ).toBe(1);
  });
});

describe('casebook audit export --from --to', () => {
  it('exports the window; chains start mid-stream from the stored predecessor hash, and check', async () => {
    const from = new Date(Date.now() + 1); // after every event appended so far
    await new Promise((r) => setTimeout(r, 20));
    await bed.store.appendToStream('complaint-c-1', [
      complaintFiled('c-1', 'cu-1', { description: 'again' }),
    ]);
    const to = new Date(Date.now() + 60_000);
    const file = join(dir, 'window.jsonl');
    expect(await execute(context(), { kind: 'audit-export', out: file, window: { from, to } })).toBe(0);
    const [only, ...rest] = lines(file).map(
      (l) => JSON.parse(l) as { streamPosition: string; prevHash: string },
    );
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ streamPosition: '1' });
    expect(only!.prevHash).not.toBe('0'.repeat(64));
    out = [];
    expect(check(file)).toBe(0);
    const m = JSON.parse(readFileSync(`${file}.manifest.json`, 'utf8')) as { streams: unknown[] };
    writeFileSync(file, readFileSync(file, 'utf8').replace(only!.prevHash, '0'.repeat(64)));
    out = [];
    expect(check(file)).toBe(1);
    expect(out.join('')).toMatch(
      /chain: complaint-c-1: position 1: the hash is not that of the event's content chained to prevHash/,
    );
    expect(m.streams).toHaveLength(1);
  });
});
