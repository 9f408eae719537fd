import { type KeyObject, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';

/**
 * An Ed25519 private key from configuration: PEM ("-----BEGIN PRIVATE KEY-----") or the base64
 * of its PKCS#8 DER. Throws with a reason when it is neither, or not Ed25519.
 */
export function parseSigningKey(text: string): KeyObject {
  const t = text.trim();
  const key = t.startsWith('-----')
    ? createPrivateKey(t)
    : createPrivateKey({ key: Buffer.from(t, 'base64'), format: 'der', type: 'pkcs8' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`not an Ed25519 key (${key.asymmetricKeyType})`);
  return key;
}

/** A public key: PEM, or the base64 of its SPKI DER (what `publicKeyBase64` prints). */
export function parsePublicKey(text: string): KeyObject {
  const t = text.trim();
  const key = t.startsWith('-----')
    ? createPublicKey(t)
    : createPublicKey({ key: Buffer.from(t, 'base64'), format: 'der', type: 'spki' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`not an Ed25519 key (${key.asymmetricKeyType})`);
  return key;
}

/** The public half as one base64 line (SPKI DER), short enough to print, paste and publish. */
export const publicKeyBase64 = (key: KeyObject): string =>
  (key.type === 'public' ? key : createPublicKey(key))
    .export({ format: 'der', type: 'spki' })
    .toString('base64');

/** Ed25519 signs the message itself (no prehash): node's sign with a null algorithm. */
export const signBytes = (key: KeyObject, message: Buffer | string): Buffer =>
  sign(null, Buffer.from(message), key);

export function verifyBytes(publicKey: KeyObject, message: Buffer | string, signature: Buffer): boolean {
  try {
    return verify(null, Buffer.from(message), publicKey, signature);
  } catch {
    return false; // a signature of the wrong length is simply not valid
  }
}
