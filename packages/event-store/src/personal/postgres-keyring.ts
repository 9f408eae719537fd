import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import type { Migration } from '../migrations';
import { type KeyState, type Keyring, SubjectErased } from './keyring';
import { masterKeyCheck, unwrapKey, wrapKey } from './seal';

/**
 * One row per data subject: its data key wrapped by the master key, until erasure sets `wrapped`
 * to NULL and stamps `destroyed_at`. `pii_master` holds a check value of the master key, so a
 * process started with another key is refused instead of sealing with a key nobody else has.
 */
export const personalDataMigrations: readonly Migration[] = [
  {
    id: 'personal/001-keys',
    sql: `
CREATE TABLE pii_keys (
  subject      text PRIMARY KEY,
  wrapped      bytea,
  created_at   timestamptz NOT NULL DEFAULT now(),
  destroyed_at timestamptz,
  CHECK ((wrapped IS NULL) = (destroyed_at IS NOT NULL))
);
CREATE TABLE pii_master (
  id    integer PRIMARY KEY CHECK (id = 1),
  check_value bytea NOT NULL
);`,
  },
];

interface Waiter {
  resolve(key: Buffer): void;
  reject(e: unknown): void;
}

interface KeyRow {
  readonly subject: string;
  readonly wrapped: Buffer | null;
}

/** The keyring in the store's PostgreSQL (or PGlite); every read asks the table, so an erasure in one process holds in all at once. */
export class PostgresKeyring implements Keyring {
  private constructor(
    private readonly pool: Pool,
    private readonly master: Buffer,
  ) {}

  /** Opens the keyring, recording the master key's check value on first use and refusing another key after. */
  static async open(pool: Pool, master: Buffer): Promise<PostgresKeyring> {
    if (master.length !== 32) throw new Error('the personal-data master key must be 32 bytes');
    const check = masterKeyCheck(master);
    await pool.query('INSERT INTO pii_master (id, check_value) VALUES (1, $1) ON CONFLICT (id) DO NOTHING', [
      check,
    ]);
    const { rows } = await pool.query<{ check_value: Buffer }>(
      'SELECT check_value FROM pii_master WHERE id = 1',
    );
    if (!rows[0]?.check_value.equals(check)) {
      throw new Error(
        'CASEBOOK_PII_MASTER_KEY is not the master key this database was set up with: personal data could neither be read nor sealed',
      );
    }
    return new PostgresKeyring(pool, master);
  }

  async keysOf(subjects: readonly string[]): Promise<ReadonlyMap<string, KeyState>> {
    const found = new Map<string, KeyState>();
    if (subjects.length === 0) return found;
    const { rows } = await this.pool.query<KeyRow>(
      'SELECT subject, wrapped FROM pii_keys WHERE subject = ANY($1)',
      [subjects],
    );
    for (const r of rows)
      found.set(r.subject, r.wrapped === null ? 'destroyed' : unwrapKey(this.master, r.subject, r.wrapped));
    return found;
  }

  /**
   * Concurrent first appends share one statement: callers queue while a creation is in flight and
   * the next one takes them all, as the event store's appends do (one transaction per subject
   * capped first appends at about a third of the plain store's rate; docs/benchmarks.md).
   */
  keyFor(subject: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const waiting = this.pending.get(subject) ?? [];
      waiting.push({ resolve, reject });
      this.pending.set(subject, waiting);
      if (!this.creating) this.creating = this.createPending().finally(() => (this.creating = null));
    });
  }

  private pending = new Map<string, Waiter[]>();
  private creating: Promise<void> | null = null;

  private async createPending(): Promise<void> {
    while (this.pending.size > 0) {
      const batch = this.pending;
      this.pending = new Map();
      try {
        const rows = await this.create([...batch.keys()]);
        for (const [subject, waiters] of batch) {
          const wrapped = rows.get(subject);
          for (const w of waiters) {
            if (wrapped === undefined) w.reject(new Error(`no key row for ${subject} after creating one`));
            else if (wrapped === null) w.reject(new SubjectErased(subject));
            else w.resolve(unwrapKey(this.master, subject, wrapped));
          }
        }
      } catch (e) {
        for (const waiters of batch.values()) for (const w of waiters) w.reject(e);
      }
    }
  }

  /**
   * Inserts a key for each subject that has none and reads every subject's row. The insert commits
   * without waiting for its WAL flush: the event sealed with a key commits after it, synchronously,
   * and that flush carries the key's insert too; if the process dies before, no event names the
   * key. A row another process made first is read again (this statement's snapshot may predate it).
   */
  private async create(subjects: string[]): Promise<Map<string, Buffer | null>> {
    const wrapped = subjects.map((s) => wrapKey(this.master, s, randomBytes(32)));
    const { rows } = await this.pool.query<KeyRow>(
      `WITH relaxed AS (SELECT set_config('synchronous_commit', 'off', true)),
            made AS (INSERT INTO pii_keys (subject, wrapped)
                     SELECT u.s, u.w FROM unnest($1::text[], $2::bytea[]) AS u(s, w), relaxed
                     ON CONFLICT (subject) DO NOTHING RETURNING subject, wrapped)
       SELECT subject, wrapped FROM made UNION ALL SELECT subject, wrapped FROM pii_keys WHERE subject = ANY($1)`,
      [subjects, wrapped],
    );
    const found = new Map(rows.map((r) => [r.subject, r.wrapped] as const));
    const missing = subjects.filter((s) => !found.has(s));
    if (missing.length > 0) {
      const again = await this.pool.query<KeyRow>(
        'SELECT subject, wrapped FROM pii_keys WHERE subject = ANY($1)',
        [missing],
      );
      for (const r of again.rows) found.set(r.subject, r.wrapped);
    }
    return found;
  }

  async destroy(subject: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO pii_keys (subject, wrapped, destroyed_at) VALUES ($1, NULL, now())
       ON CONFLICT (subject) DO UPDATE SET wrapped = NULL, destroyed_at = coalesce(pii_keys.destroyed_at, now())`,
      [subject],
    );
  }
}
