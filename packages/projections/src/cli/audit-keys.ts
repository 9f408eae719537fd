import { parsePublicKey, parseSigningKey, publicKeyBase64 } from '@casebook/event-store';
import { type KeyObject, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SIGNING_KEY_VARIABLE = 'CASEBOOK_AUDIT_SIGNING_KEY';
const KEY_FILE = 'audit-signing-key.pem';

/** Where the audit signing key comes from: configuration, or the embedded default's data directory. */
export interface AuditKeySource {
  /** The Ed25519 private key that signs anchors and exports; throws, naming the variable, when none. */
  signingKey(): KeyObject;
  /** The key to verify with: `--public-key` (a file or base64/PEM) when given, else the signing key's half. */
  publicKey(given?: string): KeyObject;
}

export interface AuditKeyOptions {
  readonly env: NodeJS.ProcessEnv;
  /** The embedded store's directory; null with DATABASE_URL (then a key must be configured). */
  readonly dataDir: string | null;
  /** Where the generated key's public half is announced. */
  readonly log: (text: string) => void;
}

function parseConfigured(text: string): KeyObject {
  try {
    return parseSigningKey(text);
  } catch (e) {
    throw new Error(
      `${SIGNING_KEY_VARIABLE}: not an Ed25519 private key, PEM or base64 PKCS#8 (${(e as Error).message})`,
    );
  }
}

/**
 * The embedded default makes its key on first use and keeps it beside the data (mode 0600), as it
 * does the development JWT secret: a first run can anchor and export at once. The public key is
 * printed so an auditor can keep it apart from the machine whose records it vouches for.
 */
function embeddedKey(dataDir: string, log: (text: string) => void, create: boolean): KeyObject {
  const file = join(dataDir, KEY_FILE);
  if (existsSync(file)) return parseConfigured(readFileSync(file, 'utf8'));
  if (!create)
    throw new Error(`no audit key yet in ${dataDir}: give --public-key, or set ${SIGNING_KEY_VARIABLE}`);
  const { privateKey } = generateKeyPairSync('ed25519');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
  log(
    `generated an Ed25519 audit signing key in ${file}\npublic key (keep a copy elsewhere): ${publicKeyBase64(privateKey)}\n`,
  );
  return privateKey;
}

function signingKey(options: AuditKeyOptions, create: boolean): KeyObject {
  const configured = options.env[SIGNING_KEY_VARIABLE];
  if (configured) return parseConfigured(configured);
  if (options.dataDir === null) {
    throw new Error(
      `no audit signing key: set ${SIGNING_KEY_VARIABLE} (an Ed25519 private key, PEM or base64 PKCS#8) to sign anchors and exports`,
    );
  }
  return embeddedKey(options.dataDir, options.log, create);
}

/** A public key given on the command line: a file holding it, or the key itself. */
export function readPublicKey(given: string): KeyObject {
  const text = existsSync(given) ? readFileSync(given, 'utf8') : given;
  try {
    return parsePublicKey(text);
  } catch (e) {
    throw new Error(`--public-key: not an Ed25519 public key, PEM or base64 SPKI (${(e as Error).message})`);
  }
}

export function auditKeys(options: AuditKeyOptions): AuditKeySource {
  return {
    signingKey: () => signingKey(options, true),
    publicKey: (given) => {
      if (given !== undefined) return readPublicKey(given);
      try {
        return signingKey(options, false);
      } catch (e) {
        throw new Error(`${(e as Error).message}; to verify, --public-key <file|base64> is enough`);
      }
    },
  };
}
