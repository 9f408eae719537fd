import { createHmac } from 'node:crypto';
import { ProblemError } from '../http/problem';
import { startTestIdp, type TestIdp } from '../testing/test-idp';
import { TokenVerifier, type JwksAuth } from './token-verifier';

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);
const agent = { sub: 'ana', roles: ['agent'], aud: 'casebook' };

let idp: TestIdp;
let auth: JwksAuth;
beforeEach(async () => {
  idp = await startTestIdp();
  await idp.addKey('RS256', 'rs-1');
  auth = { jwksUrl: idp.jwksUrl, issuer: idp.issuer, audience: 'casebook' };
});
afterEach(() => idp.close());

describe('TokenVerifier with a JWKS served over HTTP', () => {
  it.each(['RS256', 'ES256', 'EdDSA'] as const)('accepts a %s token from a published key', async (alg) => {
    const kid = await idp.addKey(alg);
    const verifier = new TokenVerifier(auth);
    const token = await idp.sign({ ...agent, iss: idp.issuer }, kid);
    expect(await verifier.verify(token)).toMatchObject({ sub: 'ana', roles: ['agent'] });
  });

  it('refuses a wrong issuer, a wrong audience, an expired and a not-yet-valid token', async () => {
    const verifier = new TokenVerifier(auth);
    const sign = (claims: Record<string, unknown>) => idp.sign({ ...agent, iss: idp.issuer, ...claims });
    expect(await verifier.verify(await sign({ iss: 'https://evil.example.com' }))).toBe(
      'token iss claim not accepted',
    );
    expect(await verifier.verify(await sign({ aud: 'billing' }))).toBe('token aud claim not accepted');
    expect(await verifier.verify(await sign({ exp: now() - 60 }))).toBe('token expired');
    expect(await verifier.verify(await sign({ nbf: now() + 60 }))).toBe('token not yet valid (nbf)');
  });

  it('refuses alg none, and an HS256 token even when signed with the published key as the secret', async () => {
    const verifier = new TokenVerifier(auth);
    const claims = { ...agent, iss: idp.issuer, exp: now() + 60 };
    const none = `${b64({ alg: 'none', kid: 'rs-1' })}.${b64(claims)}.`;
    expect(await verifier.verify(none)).toBe('unsupported token algorithm');
    const jwks = JSON.stringify(await (await fetch(idp.jwksUrl)).json());
    const head = `${b64({ alg: 'HS256', kid: 'rs-1' })}.${b64(claims)}`;
    const hs = `${head}.${createHmac('sha256', jwks).update(head).digest('base64url')}`;
    expect(await verifier.verify(hs)).toBe('unsupported token algorithm');
  });

  it('refuses a token signed by a key the IdP does not publish', async () => {
    const rogue = await idp.addKey('RS256', 'rogue');
    idp.removeKey(rogue);
    const verifier = new TokenVerifier(auth);
    expect(await verifier.verify(await idp.sign({ ...agent, iss: idp.issuer }, rogue))).toBe(
      'no key of the identity provider matches the token',
    );
  });

  it('fetches the keys once and then serves from its cache', async () => {
    const verifier = new TokenVerifier(auth);
    for (const sub of ['ana', 'bo', 'cy'])
      expect(await verifier.verify(await idp.sign({ ...agent, sub, iss: idp.issuer }))).toMatchObject({
        sub,
      });
    expect(idp.fetches()).toBe(1);
  });
});

describe('key rotation', () => {
  it('goes back for the keys when a token names a kid it does not know, and accepts the new key', async () => {
    const verifier = new TokenVerifier({ ...auth, jwksCooldownMs: 0 });
    expect(await verifier.verify(await idp.sign({ ...agent, iss: idp.issuer }))).toMatchObject({
      sub: 'ana',
    });
    expect(idp.fetches()).toBe(1);
    const next = await idp.addKey('ES256', 'es-2');
    idp.removeKey('rs-1');
    const rotated = await idp.sign({ ...agent, sub: 'bo', iss: idp.issuer }, next);
    expect(await verifier.verify(rotated)).toMatchObject({ sub: 'bo' });
    expect(idp.fetches()).toBe(2);
  });

  it('does not refetch for unknown kids more often than its cooldown', async () => {
    const verifier = new TokenVerifier(auth); // the default cooldown: 30 s
    expect(await verifier.verify(await idp.sign({ ...agent, iss: idp.issuer }))).toMatchObject({
      sub: 'ana',
    });
    const next = await idp.addKey('RS256', 'rs-2');
    const early = await idp.sign({ ...agent, iss: idp.issuer }, next);
    expect(await verifier.verify(early)).toBe('no key of the identity provider matches the token');
    expect(idp.fetches()).toBe(1);
  });

  it('stops honouring a withdrawn key, cached tokens included, once its cache of the keys is stale', async () => {
    const verifier = new TokenVerifier({ ...auth, jwksCacheMaxAgeMs: 200, jwksCooldownMs: 0 });
    const token = await idp.sign({ ...agent, iss: idp.issuer });
    expect(await verifier.verify(token)).toMatchObject({ sub: 'ana' });
    await idp.addKey('RS256', 'rs-2');
    idp.removeKey('rs-1');
    await new Promise((r) => setTimeout(r, 300));
    expect(await verifier.verify(token)).toBe('no key of the identity provider matches the token');
    // Refetched as stale, then once more for the kid the fresh set lacks.
    expect(idp.fetches()).toBe(3);
  });
});

describe('roles from an IdP', () => {
  it('reads Keycloak realm roles through a role map and ignores the rest', async () => {
    const verifier = new TokenVerifier({
      ...auth,
      rolesClaim: 'realm_access.roles',
      roleMap: { 'cb-agent': 'agent', 'cb-supervisor': 'supervisor' },
    });
    const claims = { sub: 'ana', aud: ['account', 'casebook'], iss: idp.issuer };
    const token = await idp.sign({
      ...claims,
      realm_access: { roles: ['offline_access', 'cb-supervisor', 'admin'] },
    });
    expect(await verifier.verify(token)).toMatchObject({ sub: 'ana', roles: ['supervisor'] });
    const none = await idp.sign({ ...claims, realm_access: { roles: ['offline_access', 'admin'] } });
    expect(await verifier.verify(none)).toBe('token has no valid roles');
  });
});

describe('an unreachable IdP', () => {
  it('is a 503 problem, not a refused token', async () => {
    const token = await idp.sign({ ...agent, iss: idp.issuer });
    await idp.close();
    const verifier = new TokenVerifier(auth);
    const failure = await verifier.verify(token).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ProblemError);
    expect((failure as ProblemError).problem).toMatchObject({
      status: 503,
      code: 'IdentityProviderUnavailable',
    });
  });
});
