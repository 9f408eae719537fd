import { rolesOf } from './claims';

describe('rolesOf', () => {
  it('reads the roles at a dotted path, as Keycloak puts them', () => {
    const payload = { realm_access: { roles: ['agent', 'offline_access'] }, roles: ['admin'] };
    expect(rolesOf(payload, 'realm_access.roles')).toEqual(['agent']);
  });

  it('maps the IdP names it is given, and only those', () => {
    const payload = { roles: ['cb-agent', 'cb-supervisor', 'admin', 'other'] };
    expect(rolesOf(payload, 'roles', { 'cb-agent': 'agent', 'cb-supervisor': 'supervisor' })).toEqual([
      'agent',
      'supervisor',
    ]);
  });

  it('reads a space-separated string as scope claims are', () => {
    expect(rolesOf({ scope: 'openid analyst auditor' }, 'scope')).toEqual(['analyst', 'auditor']);
  });

  it.each([
    ['a missing claim', {}, 'roles', undefined],
    ['a path through a non-object', { realm_access: 'agent' }, 'realm_access.roles', undefined],
    ['a list of non-strings', { roles: [1, { agent: true }] }, 'roles', undefined],
    ['names the map inherits from Object', { roles: ['toString', 'constructor'] }, 'roles', {}],
  ])('finds nothing in %s', (_name, payload, claim, map) => {
    expect(rolesOf(payload, claim, map)).toEqual([]);
  });
});
