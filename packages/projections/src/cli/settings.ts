import { MASTER_KEY_VARIABLE } from '@casebook/event-store';
import { readSlaConfig } from '../processes/sla/sla-config';
import { anchorIntervalMs } from './anchor-job';

const given = (value: string | undefined): value is string => value !== undefined && value !== '';

const hasProtocol =
  (...protocols: string[]) =>
  (text: string): boolean => {
    try {
      return protocols.includes(new URL(text).protocol);
    } catch {
      return false;
    }
  };
const postgresUrl = hasProtocol('postgres:', 'postgresql:');
const esdbUrl = hasProtocol('esdb:', 'esdb+discover:');

/**
 * The variables the CLI reads, checked before it connects: every wrong one named with what it
 * expects (the API's settings codec says the same of those they share; docs/operations.md,
 * "Settings"). The signing key is checked where it is used, as only audit commands need it.
 * Secrets and URLs, which may hold a password, are never echoed.
 */
export function settingsProblems(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  if (given(env.DATABASE_URL) && !postgresUrl(env.DATABASE_URL))
    problems.push('DATABASE_URL (value hidden): expected a postgres:// or postgresql:// URL');
  if (given(env.EVENTSTORE_URL) && !esdbUrl(env.EVENTSTORE_URL))
    problems.push('EVENTSTORE_URL (value hidden): expected an esdb:// or esdb+discover:// connection string');
  const master = env[MASTER_KEY_VARIABLE];
  if (given(master) && Buffer.from(master.trim(), 'base64').length !== 32)
    problems.push(
      `${MASTER_KEY_VARIABLE} (value hidden): expected the base64 of 32 bytes (openssl rand -base64 32)`,
    );
  try {
    anchorIntervalMs(env.CASEBOOK_ANCHOR_INTERVAL_SECONDS);
  } catch {
    problems.push(
      `CASEBOOK_ANCHOR_INTERVAL_SECONDS=${env.CASEBOOK_ANCHOR_INTERVAL_SECONDS}: expected a number of seconds ≥ 0 (0 turns the job off)`,
    );
  }
  const sla = readSlaConfig(env.CASEBOOK_SLA_CONFIG);
  if (!sla.ok) problems.push(...sla.problems);
  return problems;
}
