import type { Problem } from './problem';

/** What a route answers, as a value: the edge turns it into a reply, idempotency stores it. */
export interface HttpOutcome {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export const fromProblem = (p: Problem): HttpOutcome => ({ status: p.status, headers: {}, body: p });

/** Weak ETags: the version is the stream position, the same for any representation of it. */
export const etagOf = (version: bigint): string => `W/"${version}"`;

/** Reads `If-Match: W/"3"` (or `"3"`) into 3n; `undefined` when absent, `'invalid'` when unreadable. */
export function parseIfMatch(header: string | string[] | undefined): bigint | undefined | 'invalid' {
  if (header === undefined) return undefined;
  const value = Array.isArray(header) ? header[0] : header;
  const m = /^\s*(?:W\/)?"(-1|\d{1,18})"\s*$/.exec(value ?? '');
  return m ? BigInt(m[1]!) : 'invalid';
}
