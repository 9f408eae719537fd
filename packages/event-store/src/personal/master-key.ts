import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MASTER_KEY_VARIABLE = 'CASEBOOK_PII_MASTER_KEY';
const KEY_FILE = 'pii-master.key';

export interface MasterKeyOptions {
  /** The configured key: base64 of 32 bytes (`openssl rand -base64 32`). */
  readonly configured?: string;
  /** Where a generated key is kept (mode 0600) when none is configured. */
  readonly dataDir: string;
  readonly log: (text: string) => void;
}

/**
 * The key that wraps every data subject's key: configured, or generated on first use beside the
 * embedded store's data as the development JWT secret is. A server deployment must configure it
 * (every process the same); the database remembers a check value and refuses any other.
 */
export function loadMasterKey(options: MasterKeyOptions): Buffer {
  if (options.configured) {
    const key = Buffer.from(options.configured.trim(), 'base64');
    if (key.length !== 32)
      throw new Error(`${MASTER_KEY_VARIABLE}: must be the base64 of 32 bytes (got ${key.length})`);
    return key;
  }
  const file = join(options.dataDir, KEY_FILE);
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  const key = randomBytes(32);
  mkdirSync(options.dataDir, { recursive: true });
  try {
    writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    // Another process made it first: theirs is the key.
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return loadMasterKey(options);
    throw e;
  }
  options.log(`generated the personal-data master key in ${file}; set ${MASTER_KEY_VARIABLE} on servers\n`);
  return key;
}
