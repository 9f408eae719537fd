import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { jcs } from '../chain/canonical';
import type { Json } from '../port';

/**
 * A personal field as stored: `{"$pii": {...}}` in place of the value. `s` names the data subject
 * whose key seals it, so a reader knows which key to fetch without the rest of the stream.
 */
export type SealedValue = {
  readonly $pii: { readonly v: 1; readonly s: string; readonly iv: string; readonly ct: string };
};

export const isSealed = (value: unknown): value is SealedValue =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as { $pii?: { s?: unknown } }).$pii?.s === 'string';

const subkey = (dataKey: Buffer, purpose: string): Buffer =>
  Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), `casebook pii ${purpose}`, 32));

/** A subject's data key, split into its encryption key and the key that derives nonces. */
export interface SubjectKey {
  readonly enc: Buffer;
  readonly nonce: Buffer;
}

export const subjectKey = (dataKey: Buffer): SubjectKey => ({
  enc: subkey(dataKey, 'enc'),
  nonce: subkey(dataKey, 'nonce'),
});

/** Binds a ciphertext to its event and field: moved elsewhere, it does not open. */
const aadOf = (eventId: string, field: string) => Buffer.from(`${eventId}/${field}`);

/**
 * AES-256-GCM with a synthetic nonce (HMAC of event, field and plaintext): the same event sealed
 * twice gives the same bytes, so a retried append is still recognised as a replay, and two
 * different plaintexts never share a nonce under one key.
 */
export function seal(
  key: SubjectKey,
  subject: string,
  eventId: string,
  field: string,
  value: Json,
): SealedValue {
  const plain = Buffer.from(jcs(value));
  const aad = aadOf(eventId, field);
  const iv = createHmac('sha256', key.nonce).update(aad).update('\0').update(plain).digest().subarray(0, 12);
  const cipher = createCipheriv('aes-256-gcm', key.enc, iv).setAAD(aad);
  const ct = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  return { $pii: { v: 1, s: subject, iv: iv.toString('base64'), ct: ct.toString('base64') } };
}

/** The value `sealed` holds; throws when it was altered or sealed for another event or field. */
export function open(key: SubjectKey, sealed: SealedValue, eventId: string, field: string): Json {
  const ct = Buffer.from(sealed.$pii.ct, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key.enc, Buffer.from(sealed.$pii.iv, 'base64'));
  decipher.setAAD(aadOf(eventId, field)).setAuthTag(ct.subarray(ct.length - 16));
  const plain = Buffer.concat([decipher.update(ct.subarray(0, ct.length - 16)), decipher.final()]);
  return JSON.parse(plain.toString('utf8')) as Json;
}

/** A new data key wrapped by the master key (AES-256-GCM, bound to its subject): iv | ct | tag. */
export function wrapKey(master: Buffer, subject: string, dataKey: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', master, iv).setAAD(Buffer.from(subject));
  return Buffer.concat([iv, cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
}

export function unwrapKey(master: Buffer, subject: string, wrapped: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', master, wrapped.subarray(0, 12));
  decipher.setAAD(Buffer.from(subject)).setAuthTag(wrapped.subarray(wrapped.length - 16));
  return Buffer.concat([decipher.update(wrapped.subarray(12, wrapped.length - 16)), decipher.final()]);
}

/** What a database stores to recognise its master key: never the key, an HMAC of a fixed text. */
export const masterKeyCheck = (master: Buffer): Buffer =>
  createHmac('sha256', master).update('casebook pii master key check').digest();
