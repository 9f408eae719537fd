import { randomBytes } from 'node:crypto';
import { unwrapKey, wrapKey } from './seal';

/** A subject's key as a reader finds it: usable, or destroyed (erased, for good). */
export type KeyState = Buffer | 'destroyed';

/**
 * Where data subjects' keys live, each wrapped by the master key. Destroying a key is the
 * erasure: every field sealed with it becomes unreadable, wherever its copies are.
 */
export interface Keyring {
  /** Each subject's key; a subject with no key at all is absent (nothing was sealed for it). */
  keysOf(subjects: readonly string[]): Promise<ReadonlyMap<string, KeyState>>;
  /** The subject's key, made on first use; throws `SubjectErased` once it was destroyed. */
  keyFor(subject: string): Promise<Buffer>;
  /** Destroys the subject's key (idempotent; a subject with none is recorded as destroyed). */
  destroy(subject: string): Promise<void>;
}

/** Thrown when something personal would be recorded for a subject whose key was destroyed. */
export class SubjectErased extends Error {
  constructor(readonly subject: string) {
    super(`the personal data of ${subject} was erased: nothing personal can be recorded for them`);
    this.name = 'SubjectErased';
  }
}

/** A keyring in memory, for tests and the in-memory store: keys wrapped as on PostgreSQL. */
export class InMemoryKeyring implements Keyring {
  private readonly keys = new Map<string, Buffer | null>();

  constructor(private readonly master: Buffer = randomBytes(32)) {}

  keysOf(subjects: readonly string[]): Promise<ReadonlyMap<string, KeyState>> {
    const found = new Map<string, KeyState>();
    for (const s of subjects) {
      const wrapped = this.keys.get(s);
      if (wrapped !== undefined)
        found.set(s, wrapped === null ? 'destroyed' : unwrapKey(this.master, s, wrapped));
    }
    return Promise.resolve(found);
  }

  keyFor(subject: string): Promise<Buffer> {
    const wrapped = this.keys.get(subject);
    if (wrapped === null) return Promise.reject(new SubjectErased(subject));
    if (wrapped !== undefined) return Promise.resolve(unwrapKey(this.master, subject, wrapped));
    const key = randomBytes(32);
    this.keys.set(subject, wrapKey(this.master, subject, key));
    return Promise.resolve(key);
  }

  destroy(subject: string): Promise<void> {
    this.keys.set(subject, null);
    return Promise.resolve();
  }
}
