import { at } from '../testing';
import { officeHours } from './calendar';
import { fcaDispPaymentServicesPolicy } from './policies';
import { SLA_POLICY_VERSIONS, policyByVersion, policyForComplaint, policyForFiled } from './policy-registry';

const FILED = '2024-03-04T09:00:00Z';

describe('policyForComplaint', () => {
  const v2 = {
    ...SLA_POLICY_VERSIONS[0]!,
    id: 'FCA_DISP@2',
    effectiveFrom: at('2025-01-01T00:00:00Z'),
    build: fcaDispPaymentServicesPolicy,
  };
  const versions = [...SLA_POLICY_VERSIONS, v2];

  it('applies a new version only to complaints filed from its effective instant', () => {
    expect(policyForComplaint('FCA_DISP', at('2024-12-31T23:59:59Z'), undefined, versions)?.version).toBe(
      'FCA_DISP@1',
    );
    expect(policyForComplaint('FCA_DISP', at('2025-01-01T00:00:00Z'), undefined, versions)?.version).toBe(
      'FCA_DISP@2',
    );
  });

  it('finds a recorded version by its id, and nothing for an unknown one', () => {
    expect(policyByVersion('FCA_DISP@2', undefined, versions)?.policy.id).toBe('FCA_DISP_PSD');
    expect(policyByVersion('FCA_DISP@9', undefined, versions)).toBeNull();
  });

  it('uses a configured calendar over the default, and has none for NONE', () => {
    const cal = officeHours('Europe/London', ['2024-12-25']);
    expect(policyForComplaint('FCA_DISP', at(FILED), cal)?.policy.calendar).toBe(cal);
    expect(policyForComplaint('NONE', at(FILED))).toBeNull();
  });
});

describe('policyForFiled', () => {
  // A v2 published with a backdated effectiveFrom: the effective-at-filing rule now picks it.
  const backdated = {
    ...SLA_POLICY_VERSIONS[0]!,
    id: 'FCA_DISP@2',
    effectiveFrom: at('2000-01-01T00:00:00Z'),
    build: fcaDispPaymentServicesPolicy,
  };
  const versions = [...SLA_POLICY_VERSIONS, backdated];
  const filed = { complaintId: 'c-1', regime: 'FCA_DISP' as const, filedAt: at(FILED) };

  it('judges under the recorded version, whatever the effective-at-filing rule would pick', () => {
    const applied = policyForFiled({ ...filed, slaPolicy: 'FCA_DISP@1' }, undefined, versions);
    expect(applied?.version).toBe('FCA_DISP@1');
    expect(applied?.policy.id).toBe('FCA_DISP');
  });

  it('judges an event stored without a version under the one effective at filing', () => {
    expect(policyForFiled(filed, undefined, versions)?.version).toBe('FCA_DISP@2');
    expect(policyForFiled(filed)?.version).toBe('FCA_DISP@1');
    expect(policyForFiled({ ...filed, regime: 'NONE' })).toBeNull();
  });

  it('uses a configured calendar with the recorded version', () => {
    const cal = officeHours('Europe/London', ['2024-12-25']);
    expect(policyForFiled({ ...filed, slaPolicy: 'FCA_DISP@1' }, cal)?.policy.calendar).toBe(cal);
  });

  it('refuses, rather than falls back, for an unknown version or one of another regime', () => {
    expect(() => policyForFiled({ ...filed, slaPolicy: 'FCA_DISP@9' }, undefined, versions)).toThrow(
      'complaint c-1 records SLA policy FCA_DISP@9, which is no FCA_DISP version this build knows',
    );
    expect(() => policyForFiled({ ...filed, slaPolicy: 'CFPB@1' })).toThrow(/CFPB@1, which is no FCA_DISP/);
  });
});
