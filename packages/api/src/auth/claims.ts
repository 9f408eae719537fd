import { ROLES, type Role } from './jwt';

const isRole = (u: string): u is Role => (ROLES as readonly string[]).includes(u);

/** The value at a dotted path (`realm_access.roles`), or undefined. */
function at(payload: Readonly<Record<string, unknown>>, path: string): unknown {
  let value: unknown = payload;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * Casebook's roles in a token: the names at `claim` (a list, or one space-separated string as
 * `scope` is), mapped through `roleMap` when there is one. With a map only the names it maps
 * count, so an IdP role that happens to be called `admin` for another system grants nothing here;
 * without one, names that are casebook roles count. Anything else is ignored.
 */
export function rolesOf(
  payload: Readonly<Record<string, unknown>>,
  claim: string,
  roleMap?: Readonly<Record<string, Role>>,
): Role[] {
  const value = at(payload, claim);
  const names = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s+/) : [];
  const roles = new Set<Role>();
  for (const name of names) {
    if (typeof name !== 'string') continue;
    const role = roleMap ? (Object.hasOwn(roleMap, name) ? roleMap[name] : undefined) : name;
    if (role !== undefined && isRole(role)) roles.add(role);
  }
  return [...roles];
}
