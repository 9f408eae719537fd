import { signToken } from './jwt';
import { filing, post, startTestApi, TEST_SECRET, type TestApi } from '../testing';
import { startTestIdp, type TestIdp } from '../testing/test-idp';

/** The API configured as for Keycloak: realm roles, a role map, issuer and audience checked. */
let idp: TestIdp;
let api: TestApi;
beforeAll(async () => {
  idp = await startTestIdp();
  await idp.addKey('RS256');
  api = await startTestApi({
    jwtSecret: undefined,
    auth: {
      jwksUrl: idp.jwksUrl,
      issuer: idp.issuer,
      audience: 'casebook',
      rolesClaim: 'realm_access.roles',
      roleMap: { 'cb-agent': 'agent', 'cb-supervisor': 'supervisor' },
    },
  });
});
afterAll(async () => {
  await api.close();
  await idp.close();
});

const keycloak = (roles: string[], extra: Record<string, unknown> = {}) =>
  idp.sign({ sub: 'f3b1c2d4-ana', iss: idp.issuer, aud: 'casebook', realm_access: { roles }, ...extra });
const bearer = (token: string) => ({
  authorization: `Bearer ${token}`,
  'idempotency-key': `k-${Math.random()}`,
});

describe('the API behind an identity provider', () => {
  it('files a complaint for a Keycloak agent, and records the token subject as the actor', async () => {
    const res = await post(
      api,
      '/complaints',
      filing(),
      bearer(await keycloak(['cb-agent', 'offline_access'])),
    );
    expect(res.status).toBe(201);
    const row = await api.db.pool.query<{ metadata: { actor: unknown } }>(
      'SELECT metadata FROM events WHERE stream_id = $1',
      [`complaint-${res.body.id as string}`],
    );
    expect(row.rows[0]!.metadata.actor).toEqual({ kind: 'agent', id: 'f3b1c2d4-ana' });
  });

  it('answers 403 when the mapped role may not do it', async () => {
    const res = await api.request({
      method: 'GET',
      url: '/reports/complaints',
      headers: bearer(await keycloak(['cb-agent'])),
    });
    expect(res.status).toBe(403);
  });

  it.each([
    [
      'a wrong issuer',
      () => keycloak(['cb-agent'], { iss: 'https://evil.example.com' }),
      'token iss claim not accepted',
    ],
    ['a wrong audience', () => keycloak(['cb-agent'], { aud: 'billing' }), 'token aud claim not accepted'],
    [
      'an expired token',
      () => keycloak(['cb-agent'], { exp: Math.floor(Date.now() / 1000) - 120 }),
      'token expired',
    ],
    ['no casebook role', () => keycloak(['admin', 'offline_access']), 'token has no valid roles'],
    [
      'an HS256 token',
      () => Promise.resolve(signToken({ sub: 'ana', roles: ['admin'] }, TEST_SECRET)),
      'unsupported token algorithm',
    ],
  ])('refuses %s with a 401 problem', async (_name, token, detail) => {
    const res = await post(api, '/complaints', filing(), bearer(await token()));
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 401, code: 'Unauthenticated', detail });
  });
});
