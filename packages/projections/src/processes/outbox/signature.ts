import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'Casebook-Signature';

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`: the scheme payment providers use. */
export function signatureHeader(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return `t=${t},v1=${v1}`;
}

export type SignatureCheck =
  { readonly ok: true; readonly timestamp: number } | { readonly ok: false; readonly reason: string };

/**
 * What a receiver does (docs/processes.md has the same in a snippet): recompute the HMAC over
 * the timestamp and the raw body, compare in constant time, and refuse a timestamp further than
 * `toleranceSeconds` from now (a replayed request). Any of several `v1` values may match (a
 * secret being rotated).
 */
export function verifySignature(
  secret: string,
  body: string,
  header: string | undefined,
  now: Date,
  toleranceSeconds = 300,
): SignatureCheck {
  if (header === undefined) return { ok: false, reason: 'no signature' };
  const parts = header.split(',').map((p) => p.trim().split('='));
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  const signatures = parts.filter(([k]) => k === 'v1').map(([, v]) => v ?? '');
  if (!Number.isInteger(t) || signatures.length === 0) return { ok: false, reason: 'malformed signature' };
  if (Math.abs(now.getTime() / 1000 - t) > toleranceSeconds)
    return { ok: false, reason: 'timestamp too old' };
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  const match = signatures.some((s) => {
    const given = Buffer.from(s, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return match ? { ok: true, timestamp: t } : { ok: false, reason: 'signature does not match' };
}
