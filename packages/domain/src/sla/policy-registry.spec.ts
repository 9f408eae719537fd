import { at } from '../testing';
import { officeHours } from './calendar';
import { fcaDispPaymentServicesPolicy } from './policies';
import { SLA_POLICY_VERSIONS, policyByVersion, policyForComplaint } from './policy-registry';

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
