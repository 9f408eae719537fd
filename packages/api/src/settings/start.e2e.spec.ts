import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filing } from '../testing/fixtures';
import { type Child, freePort, startChild } from '../testing/processes';
import { startTestIdp, type TestIdp } from '../testing/test-idp';

/** The real service (main.ts) as an operator starts it, with settings good and bad. */
const MAIN = 'packages/api/src/main.ts';
/** Unset whatever the test runner's environment holds: an empty variable counts as unset. */
const clean = { DATABASE_URL: '', AUTH_JWT_SECRET: '', AUTH_JWKS_URL: '', CASEBOOK_ENV: '', PORT: '' };

const children: Child[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(children.map((c) => c.kill('SIGKILL')));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-start-'));
  dirs.push(dir);
  return dir;
};

function start(env: NodeJS.ProcessEnv): Child {
  const child = startChild('api', MAIN, [], { ...clean, CASEBOOK_DATA_DIR: dataDir(), ...env });
  children.push(child);
  return child;
}

const exitCode = (child: Child): Promise<number | null> =>
  child.proc.exitCode !== null
    ? Promise.resolve(child.proc.exitCode)
    : new Promise((resolve) => child.proc.once('exit', (code) => resolve(code)));

describe('starting the service', () => {
  it('stops at once with exit code 1 on bad settings, naming every wrong variable', async () => {
    const child = start({
      PORT: 'http',
      CASEBOOK_READY_MAX_LAG_SECONDS: 'abc',
      CASEBOOK_PROJECTIONS: 'maybe',
      AUTH_JWKS_URL: 'idp.example.com/certs',
    });
    expect(await exitCode(child)).toBe(1);
    const output = child.output();
    expect(output).toContain('casebook: 4 settings are wrong:');
    expect(output).toContain('PORT=http: expected a port, 1-65535');
    expect(output).toContain('CASEBOOK_READY_MAX_LAG_SECONDS=abc: expected a number of seconds ≥ 1');
    expect(output).toContain('CASEBOOK_PROJECTIONS=maybe: expected on or off');
    expect(output).toContain('AUTH_JWKS_URL=idp.example.com/certs: expected an http:// or https:// URL');
    expect(output).not.toMatch(/^\s+at /m); // no stack trace
  });

  it('refuses a start on PostgreSQL without token settings, and prints no token', async () => {
    const child = start({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' });
    expect(await exitCode(child)).toBe(1);
    const output = child.output();
    expect(output).toMatch(/no token settings: set AUTH_JWKS_URL .* or AUTH_JWT_SECRET/);
    expect(output).not.toMatch(/eyJ|Bearer|Development secret/);
  });

  it('with no settings at all, makes a development secret and prints tokens that work', async () => {
    const port = await freePort();
    const child = start({ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
    await child.waitFor(/API document:/, 60_000);
    expect(child.output()).toContain('Development secret in use');
    const agent = /^ {2}agent +(\S+)$/m.exec(child.output())![1]!;
    const res = await fetch(`http://127.0.0.1:${port}/complaints`, {
      method: 'POST',
      headers: { authorization: `Bearer ${agent}`, 'content-type': 'application/json' },
      body: JSON.stringify(filing()),
    });
    expect(res.status).toBe(201);
  });

  describe('against an identity provider', () => {
    let idp: TestIdp;
    beforeAll(async () => {
      idp = await startTestIdp();
      await idp.addKey('RS256');
    });
    afterAll(() => idp.close());

    it('starts with Keycloak-style settings, prints no token, and takes the IdP tokens', async () => {
      const port = await freePort();
      const child = start({
        CASEBOOK_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        AUTH_JWKS_URL: idp.jwksUrl,
        AUTH_ISSUER: idp.issuer,
        AUTH_AUDIENCE: 'casebook',
        AUTH_ROLES_CLAIM: 'realm_access.roles',
        AUTH_ROLE_MAP: 'cb-agent:agent,cb-supervisor:supervisor',
      });
      await child.waitFor(/casebook API on .*production/, 60_000);
      expect(child.output()).not.toMatch(/eyJ|Development secret/);
      const token = await idp.sign({
        sub: 'ana',
        iss: idp.issuer,
        aud: 'casebook',
        realm_access: { roles: ['cb-agent'] },
      });
      const file = (bearer: string) =>
        fetch(`http://127.0.0.1:${port}/complaints`, {
          method: 'POST',
          headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
          body: JSON.stringify(filing()),
        });
      expect((await file(token)).status).toBe(201);
      const hs256 = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.e30.c2ln`;
      const refused = await file(hs256);
      expect(refused.status).toBe(401);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    });
  });
});
