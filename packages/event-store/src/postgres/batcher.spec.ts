import type { Pool } from 'pg';
import { WrongExpectedVersion } from '../errors';
import { anEvent } from '../testing/fixtures';
import { AppendBatcher } from './batcher';

interface Wire {
  s: string;
  k: string;
  e: unknown[];
}

/** A pool that answers casebook_append like the database would, recording each batch. */
function fakePool(fail?: (batch: Wire[]) => boolean) {
  const batches: string[][] = [];
  const versions = new Map<string, number>();
  const query = ({ values }: { values: [string, boolean] }) => {
    const batch = JSON.parse(values[0]) as Wire[];
    batches.push(batch.map((a) => a.s));
    if (fail?.(batch)) return Promise.reject(new Error('statement failed'));
    const rows = batch.map((a, i) => {
      const v = (versions.get(a.s) ?? -1) + a.e.length;
      versions.set(a.s, v);
      return {
        idx: i + 1,
        status: 'ok',
        version: String(v),
        last_position: String(batches.length * 1000 + i),
      };
    });
    return new Promise((r) => setTimeout(() => r({ rows }), 1));
  };
  return { pool: { query } as unknown as Pool, batches };
}

const append = (streamId: string) => ({ streamId, events: [anEvent()], expectedVersion: 'any' as const });

describe('AppendBatcher', () => {
  it('sends the appends of concurrent writers together, round after round', async () => {
    const { pool, batches } = fakePool();
    const batcher = new AppendBatcher(pool, { maxInFlight: 1, maxBatch: 256 }, () => undefined);
    await Promise.all(
      Array.from({ length: 16 }, async (_, w) => {
        for (let i = 0; i < 5; i++) await batcher.append(append(`s-${w}-${i}`));
      }),
    );
    expect(batches.map((b) => b.length)).toEqual([16, 16, 16, 16, 16]);
  });

  it('never puts two appends to one stream in the same batch', async () => {
    const { pool, batches } = fakePool();
    const batcher = new AppendBatcher(pool, { maxInFlight: 1, maxBatch: 256 }, () => undefined);
    const results = await Promise.all([
      batcher.append(append('a')),
      batcher.append(append('a')),
      batcher.append(append('b')),
    ]);
    expect(batches).toEqual([['a', 'b'], ['a']]);
    expect(results.map((r) => r.nextExpectedVersion)).toEqual([0n, 1n, 0n]);
  });

  it('retries each append alone when a whole batch fails, so only the culprit sees the error', async () => {
    const { pool } = fakePool((batch) => batch.some((a) => a.s === 'bad'));
    const batcher = new AppendBatcher(pool, { maxInFlight: 1, maxBatch: 256 }, () => undefined);
    const outcomes = await Promise.allSettled(['x', 'bad', 'y'].map((s) => batcher.append(append(s))));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('rejects an append whose version check failed with the actual version', async () => {
    const query = () =>
      Promise.resolve({ rows: [{ idx: 1, status: 'wrong_version', version: '4', last_position: null }] });
    const batcher = new AppendBatcher(
      { query } as unknown as Pool,
      { maxInFlight: 1, maxBatch: 8 },
      () => undefined,
    );
    const err = await batcher.append({ ...append('s'), expectedVersion: 2n }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WrongExpectedVersion);
    expect(err).toMatchObject({ expected: 2n, actual: 4n });
  });
});
