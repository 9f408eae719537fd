import { createHmac } from 'node:crypto';
import { signToken, TokenVerifier, verifyToken } from './jwt';

const secret = 'a-secret-of-at-least-thirty-two-chars!';
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const forge = (header: unknown, claims: unknown, key = secret) => {
  const head = `${b64(header)}.${b64(claims)}`;
  return `${head}.${createHmac('sha256', key).update(head).digest('base64url')}`;
};
const exp = Math.floor(Date.now() / 1000) + 60;

describe('verifyToken', () => {
  it('accepts a token it signed and returns its claims', () => {
    const claims = verifyToken(signToken({ sub: 'ana', roles: ['agent'] }, secret), secret);
    expect(claims).toMatchObject({ sub: 'ana', roles: ['agent'] });
  });

  it.each([
    [
      'another secret',
      forge({ alg: 'HS256' }, { sub: 'a', roles: ['agent'], exp }, 'other'),
      'bad token signature',
    ],
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
    ['expired', forge({ alg: 'HS256' }, { sub: 'a', roles: ['agent'], exp: exp - 120 }), 'token expired'],
    ['no exp', forge({ alg: 'HS256' }, { sub: 'a', roles: ['agent'] }), 'token has no exp'],
    ['unknown role', forge({ alg: 'HS256' }, { sub: 'a', roles: ['root'], exp }), 'token has no valid roles'],
    ['no sub', forge({ alg: 'HS256' }, { roles: ['agent'], exp }), 'token has no valid sub'],
    ['two parts', 'abc.def', 'malformed token'],
  ])('refuses %s', (_name, token, reason) => {
    expect(verifyToken(token, secret)).toBe(reason);
  });
});

describe('TokenVerifier', () => {
  const token = forge({ alg: 'HS256' }, { sub: 'ana', roles: ['agent'], exp });

  it('answers a token it accepted before without checking it again, until it expires', () => {
    const verifier = new TokenVerifier(secret);
    expect(verifier.verify(token, exp - 30)).toMatchObject({ sub: 'ana', roles: ['agent'] });
    expect(verifier.verify(token, exp - 1)).toMatchObject({ sub: 'ana' });
    expect(verifier.verify(token, exp)).toBe('token expired');
  });

  it('keeps refusing what it refused, and checks each other string on its own', () => {
    const verifier = new TokenVerifier(secret, 1);
    const forged = forge({ alg: 'HS256' }, { sub: 'ana', roles: ['admin'], exp }, 'other');
    expect(verifier.verify(forged)).toBe('bad token signature');
    expect(verifier.verify(forged)).toBe('bad token signature');
    expect(verifier.verify(token)).toMatchObject({ roles: ['agent'] });
    const other = forge({ alg: 'HS256' }, { sub: 'bo', roles: ['supervisor'], exp });
    expect(verifier.verify(other)).toMatchObject({ sub: 'bo' });
    expect(verifier.verify(token)).toMatchObject({ sub: 'ana' });
  });
});
