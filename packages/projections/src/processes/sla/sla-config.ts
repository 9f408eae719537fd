import { readFileSync } from 'node:fs';
import { slaSettingsFrom, type SlaSettings } from '@casebook/domain';

export type SlaConfig =
  { readonly ok: true; readonly settings: SlaSettings } | { readonly ok: false; readonly problems: string[] };

/**
 * Reads and checks the SLA configuration file (CASEBOOK_SLA_CONFIG): each problem named by its
 * field, for the API, the worker and the CLI alike. Unset: the built-in policies.
 */
export function readSlaConfig(path: string | undefined): SlaConfig {
  if (path === undefined || path === '') return { ok: true, settings: {} };
  const named = (reason: string) => `CASEBOOK_SLA_CONFIG=${path}: ${reason}`;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return {
      ok: false,
      problems: [named(e instanceof SyntaxError ? `not JSON (${e.message})` : 'cannot be read')],
    };
  }
  const decoded = slaSettingsFrom(json);
  return decoded._tag === 'Right'
    ? { ok: true, settings: decoded.right }
    : { ok: false, problems: decoded.left.map((f) => named(`${f.path}: ${f.reason}`)) };
}
