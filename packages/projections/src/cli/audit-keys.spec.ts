import { publicKeyBase64 } from '@casebook/event-store';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditKeys } from './audit-keys';

const pair = () => generateKeyPairSync('ed25519');

describe('the audit signing key', () => {
  it('embedded default: made in the data directory on first use, its public key printed, then reused', () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'cb-keys-')), 'data');
    const logged: string[] = [];
    const keys = auditKeys({ env: {}, dataDir, log: (t) => logged.push(t) });
    expect(() => keys.publicKey()).toThrow(/no audit key yet/); // verifying never makes a key
    const first = keys.signingKey();
    expect(logged.join('')).toContain(`public key (keep a copy elsewhere): ${publicKeyBase64(first)}`);
    expect(statSync(join(dataDir, 'audit-signing-key.pem')).mode & 0o777).toBe(0o600);
    expect(publicKeyBase64(keys.signingKey())).toBe(publicKeyBase64(first));
    expect(publicKeyBase64(keys.publicKey())).toBe(publicKeyBase64(first));
    expect(logged).toHaveLength(1);
  });

  it('with DATABASE_URL and no key configured, signing fails naming the variable', () => {
    const keys = auditKeys({ env: {}, dataDir: null, log: () => undefined });
    expect(() => keys.signingKey()).toThrow(/set CASEBOOK_AUDIT_SIGNING_KEY/);
  });

  it('takes the configured key as PEM or base64 PKCS#8, and refuses anything else by name', () => {
    const { privateKey } = pair();
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const b64 = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    for (const value of [pem, b64]) {
      const keys = auditKeys({
        env: { CASEBOOK_AUDIT_SIGNING_KEY: value },
        dataDir: null,
        log: () => undefined,
      });
      expect(publicKeyBase64(keys.signingKey())).toBe(publicKeyBase64(privateKey));
    }
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({
      format: 'pem',
      type: 'pkcs8',
    });
    for (const bad of ['not a key', rsa.toString()]) {
      const keys = auditKeys({
        env: { CASEBOOK_AUDIT_SIGNING_KEY: bad },
        dataDir: null,
        log: () => undefined,
      });
      expect(() => keys.signingKey()).toThrow(/^CASEBOOK_AUDIT_SIGNING_KEY: not an Ed25519 private key/);
    }
  });

  it('--public-key: a file or the base64 itself', () => {
    const { publicKey } = pair();
    const b64 = publicKeyBase64(publicKey);
    const file = join(mkdtempSync(join(tmpdir(), 'cb-keys-')), 'anchor.pub');
    writeFileSync(file, publicKey.export({ format: 'pem', type: 'spki' }));
    const keys = auditKeys({ env: {}, dataDir: null, log: () => undefined });
    expect(publicKeyBase64(keys.publicKey(b64))).toBe(b64);
    expect(publicKeyBase64(keys.publicKey(file))).toBe(b64);
    expect(readFileSync(file, 'utf8')).toContain('PUBLIC KEY');
    expect(() => keys.publicKey('nonsense')).toThrow(/^--public-key: not an Ed25519 public key/);
  });
});
