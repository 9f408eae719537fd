import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLES, signToken } from './jwt';

/** A development secret kept in the data directory, so tokens survive restarts. Never for production. */
export function devSecret(dataDir: string): string {
  const file = join(dataDir, 'dev-jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** A ready token per role and a curl line that files a complaint: what a first run prints. */
export function devBanner(secret: string, baseUrl: string): string {
  const tokens = ROLES.map(
    (role) => `  ${role.padEnd(10)} ${signToken({ sub: `dev-${role}`, roles: [role] }, secret, 12 * 3600)}`,
  );
  const agent = signToken({ sub: 'dev-agent', roles: ['agent'] }, secret, 12 * 3600);
  const analyst = signToken({ sub: 'dev-analyst', roles: ['analyst'] }, secret, 12 * 3600);
  const body = JSON.stringify({
    customerId: 'cust-1',
    channel: 'email',
    category: 'billing',
    description: 'Charged twice for one order',
    amountPaid: { minor: 4999, currency: 'GBP' },
    priority: 'medium',
    regime: 'FCA_DISP',
  });
  return [
    'Development secret in use (development mode, no AUTH_JWT_SECRET or AUTH_JWKS_URL). Tokens, valid 12 hours:',
    ...tokens,
    '',
    'File a complaint:',
    `  curl -i -X POST ${baseUrl}/complaints -H 'Authorization: Bearer ${agent}' \\`,
    `    -H 'Content-Type: application/json' -H 'Idempotency-Key: first-complaint' -d '${body}'`,
    '',
    'See it in the read model a moment later (the workers run in this process):',
    `  curl -s ${baseUrl}/reports/complaints -H 'Authorization: Bearer ${analyst}'`,
    '',
    `API document: ${baseUrl}/openapi.json, browsable at ${baseUrl}/docs`,
  ].join('\n');
}
