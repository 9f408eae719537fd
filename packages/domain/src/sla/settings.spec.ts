import { officeHours } from './calendar';
import { appliedPolicyOf, chooseSla, slaSettingsFrom, type SlaSettings } from './settings';
import { warningInstant } from './warning';

const uk = (id: string, effectiveFrom: string, holidays: string[]) => ({
  id,
  regime: 'FCA_DISP' as const,
  effectiveFrom: effectiveFrom as never,
  calendar: officeHours('Europe/London', holidays),
});

const settings: SlaSettings = {
  calendars: [
    uk('UK@2025', '2025-01-01T00:00:00Z', ['2025-12-25']),
    uk('UK@2026', '2026-01-01T00:00:00Z', ['2026-12-25']),
  ],
  rules: [
    { regime: 'FCA_DISP', categories: ['payments'], policy: 'FCA_DISP_PSD@1' },
    {
      regime: 'FCA_DISP',
      priorities: ['urgent'],
      channels: ['phone'],
      policy: 'FCA_DISP@1',
      escalationLevel: 3,
    },
  ],
};
const facts = {
  regime: 'FCA_DISP' as const,
  priority: 'medium' as const,
  channel: 'email' as const,
  category: 'billing',
  filedAt: '2026-03-02T10:00:00Z' as never,
};

describe('SLA settings: choosing a policy and a calendar version', () => {
  it('takes the first rule that matches, else the regime’s built-in version', () => {
    expect(chooseSla(settings, { ...facts, category: 'payments' })).toEqual({
      policy: 'FCA_DISP_PSD@1',
      calendar: 'UK@2026',
    });
    expect(chooseSla(settings, facts)).toEqual({ policy: 'FCA_DISP@1', calendar: 'UK@2026' });
    expect(chooseSla(settings, { ...facts, regime: 'NONE' })).toBeNull();
    expect(chooseSla({}, { ...facts, regime: 'CFPB' })).toEqual({ policy: 'CFPB@1' });
  });

  it('takes the calendar version in force at filing, and judges by the one recorded', () => {
    expect(chooseSla(settings, { ...facts, filedAt: '2025-06-01T10:00:00Z' as never })?.calendar).toBe(
      'UK@2025',
    );
    const filed = {
      complaintId: 'c-1',
      regime: 'FCA_DISP' as const,
      filedAt: facts.filedAt,
      slaPolicy: 'FCA_DISP@1',
    };
    expect(appliedPolicyOf(settings, { ...filed, slaCalendar: 'UK@2025' })?.policy.calendar.holidays).toEqual(
      ['2025-12-25'],
    );
    expect(() => appliedPolicyOf({}, { ...filed, slaCalendar: 'UK@2025' })).toThrow(
      'records calendar UK@2025, which the SLA settings no longer list',
    );
  });

  it('accepts a host’s own policy version and refuses what cannot be right, by field', () => {
    const own = {
      id: 'ACME@1',
      regime: 'NONE',
      name: 'Acme service desk',
      targets: [{ milestone: 'first_response', within: { unit: 'business_hours', amount: 8 } }],
      pausedBy: ['on_hold'],
    };
    const ok = slaSettingsFrom({
      policies: [own],
      rules: [{ regime: 'NONE', policy: 'ACME@1' }],
      warnAt: 0.8,
    });
    expect(ok._tag).toBe('Right');
    const bad = slaSettingsFrom({
      policies: [{ ...own, id: 'FCA_DISP@1' }],
      rules: [{ regime: 'CFPB', policy: 'FCA_DISP@1' }],
      calendars: [uk('X', '2026-01-01T00:00:00Z', []), uk('X', '2026-02-01T00:00:00Z', [])],
    });
    expect(bad._tag === 'Left' && bad.left.map((e) => e.path)).toEqual([
      'policies.0.id',
      'rules.0.policy',
      'calendars.1.id',
    ]);
    const shape = slaSettingsFrom({ warnAt: 1.5, rules: [{ regime: 'FCA_DISP' }] });
    expect(shape._tag === 'Left' && shape.left.map((e) => e.path)).toEqual(['rules.0.policy', 'warnAt']);
  });
});

describe('SLA warning instant', () => {
  it('falls after the fraction of working time, not of wall-clock time', () => {
    const policy = { id: 'P', name: 'P', calendar: officeHours('Europe/London'), targets: [], pausedBy: [] };
    const target = {
      milestone: 'first_response' as const,
      within: { unit: 'business_days' as const, amount: 2 },
    };
    // Friday 17:00 to Tuesday 17:00 (GMT): 16 working hours; 75% is 12, so Tuesday 13:00.
    expect(
      warningInstant(
        policy,
        target,
        '2026-01-09T17:00:00Z' as never,
        '2026-01-13T17:00:00Z' as never,
        [],
        0.75,
      ),
    ).toBe('2026-01-13T13:00:00.000Z');
    const calendar = { ...target, within: { unit: 'calendar_days' as const, amount: 4 } };
    expect(
      warningInstant(
        policy,
        calendar,
        '2026-01-09T17:00:00Z' as never,
        '2026-01-13T17:00:00Z' as never,
        [],
        0.75,
      ),
    ).toBe('2026-01-12T17:00:00.000Z');
  });
});
