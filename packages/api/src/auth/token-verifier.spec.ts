import { createHmac } from 'node:crypto';
import { signToken } from './jwt';
import { TokenVerifier } from './token-verifier';

const secret = 'a-secret-of-at-least-thirty-two-chars!';
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const forge = (header: unknown, claims: unknown, key = secret) => {
  const head = `${b64(header)}.${b64(claims)}`;
  return `${head}.${createHmac('sha256', key).update(head).digest('base64url')}`;
};
const now = Math.floor(Date.now() / 1000);
const exp = now + 3600;
const hs = { alg: 'HS256' };

describe('TokenVerifier with an HS256 secret', () => {
  const verifier = new TokenVerifier({ jwtSecret: secret });

  it('accepts a token signToken made and returns its claims', async () => {
    const claims = await verifier.verify(signToken({ sub: 'ana', roles: ['agent'] }, secret));
    expect(claims).toMatchObject({ sub: 'ana', roles: ['agent'] });
  });

  it.each([
    ['another secret', forge(hs, { sub: 'a', roles: ['agent'], exp }, 'other'), 'bad token signature'],
    [
      'alg none',
      `${b64({ alg: 'none' })}.${b64({ sub: 'a', roles: ['admin'], exp })}.`,
      'unsupported token algorithm',
    ],
    [
      'alg HS512',
      forge({ alg: 'HS512' }, { sub: 'a', roles: ['agent'], exp }),
      'unsupported token algorithm',
    ],
    [
      'alg RS256',
      forge({ alg: 'RS256' }, { sub: 'a', roles: ['agent'], exp }),
      'unsupported token algorithm',
    ],
    [
      'expired beyond the tolerance',
      forge(hs, { sub: 'a', roles: ['agent'], exp: now - 600 }),
      'token expired',
    ],
    [
      'not yet valid',
      forge(hs, { sub: 'a', roles: ['agent'], exp, nbf: now + 600 }),
      'token not yet valid (nbf)',
    ],
    ['no exp', forge(hs, { sub: 'a', roles: ['agent'] }), 'token has no exp'],
    ['only unknown roles', forge(hs, { sub: 'a', roles: ['root'], exp }), 'token has no valid roles'],
    ['no sub', forge(hs, { roles: ['agent'], exp }), 'token has no valid sub'],
    ['two parts', 'abc.def', 'malformed token'],
  ])('refuses %s', async (_name, token, reason) => {
    expect(await verifier.verify(token)).toBe(reason);
  });

  it('allows 30 seconds of clock skew by default, and what it is told', async () => {
    const late = forge(hs, { sub: 'a', roles: ['agent'], exp: now - 20, nbf: now - 10 });
    const early = forge(hs, { sub: 'a', roles: ['agent'], exp, nbf: now + 20 });
    // Checked as of `now`, however long the file took to get here.
    expect(await verifier.verify(late, now)).toMatchObject({ sub: 'a' });
    expect(await verifier.verify(early, now)).toMatchObject({ sub: 'a' });
    const strict = new TokenVerifier({ jwtSecret: secret, clockToleranceSeconds: 0 });
    expect(await strict.verify(late, now)).toBe('token expired');
    expect(await strict.verify(early, now)).toBe('token not yet valid (nbf)');
  });

  it('checks the issuer and the audience when told them', async () => {
    const checked = new TokenVerifier({
      jwtSecret: secret,
      issuer: 'https://idp',
      audience: ['casebook', 'cb'],
    });
    const claims = { sub: 'a', roles: ['agent'], exp };
    expect(await checked.verify(forge(hs, { ...claims, iss: 'https://idp', aud: 'cb' }))).toMatchObject({
      sub: 'a',
    });
    expect(await checked.verify(forge(hs, { ...claims, iss: 'https://other', aud: 'cb' }))).toBe(
      'token iss claim not accepted',
    );
    expect(await checked.verify(forge(hs, { ...claims, iss: 'https://idp', aud: 'billing' }))).toBe(
      'token aud claim not accepted',
    );
    expect(await checked.verify(forge(hs, { ...claims, aud: 'cb' }))).toBe('token iss claim missing');
  });

  it('keeps the casebook roles of a token and ignores the others', async () => {
    const token = forge(hs, { sub: 'a', roles: ['root', 'agent', 'agent'], exp });
    expect(await verifier.verify(token)).toMatchObject({ roles: ['agent'] });
  });
});

describe('TokenVerifier cache', () => {
  const token = forge(hs, { sub: 'ana', roles: ['agent'], exp });

  it('answers a token it accepted before without checking it again, until it expires', async () => {
    const verifier = new TokenVerifier({ jwtSecret: secret, clockToleranceSeconds: 0 });
    expect(await verifier.verify(token, exp - 30)).toMatchObject({ sub: 'ana', roles: ['agent'] });
    expect(await verifier.verify(token, exp - 1)).toMatchObject({ sub: 'ana' });
    expect(await verifier.verify(token, exp)).toBe('token expired');
  });

  it('keeps refusing what it refused, and checks each other string on its own', async () => {
    const verifier = new TokenVerifier({ jwtSecret: secret }, 1);
    const forged = forge(hs, { sub: 'ana', roles: ['admin'], exp }, 'other');
    expect(await verifier.verify(forged)).toBe('bad token signature');
    expect(await verifier.verify(forged)).toBe('bad token signature');
    expect(await verifier.verify(token)).toMatchObject({ roles: ['agent'] });
    const other = forge(hs, { sub: 'bo', roles: ['supervisor'], exp });
    expect(await verifier.verify(other)).toMatchObject({ sub: 'bo' });
    expect(await verifier.verify(token)).toMatchObject({ sub: 'ana' });
  });
});
