import { specFor } from '../testing';
import { cmd, complaintId, ev, filed, filedData } from './complaint.fixtures';
import { complaintDecider } from './index';

const { given } = specFor(complaintDecider);

describe('complaint: SLA facts the process records', () => {
  const dueAt = '2024-03-11T17:00:00Z';
  const at = '2024-03-11T17:00:01Z';
  const breach = (kind: 'system' | 'supervisor' = 'system') =>
    cmd('RecordSlaBreach', { complaintId, milestone: 'final_response', dueAt }, kind, 'process:sla', at);
  const warning = cmd(
    'RecordSlaWarning',
    { complaintId, milestone: 'final_response', dueAt },
    'system',
    'process:sla',
    at,
  );
  const breached = ev('SlaTargetBreached', {
    complaintId,
    milestone: 'final_response',
    dueAt,
    breachedAt: at,
  });
  const atRisk = ev('SlaTargetAtRisk', { complaintId, milestone: 'final_response', dueAt, warnedAt: at });
  const closed = ev('ComplaintClosed', {
    complaintId,
    closure: 'final_response',
    closedAt: '2024-03-10T10:00:00Z',
  });

  it('records a breach and a warning from the system actor', () => {
    given([filed()]).when(breach()).then([breached]);
    given([filed()]).when(warning).then([atRisk]);
  });

  it('refuses a breach or warning declared by a person', () => {
    given([filed()]).when(breach('supervisor')).thenFails('SystemOnly');
  });

  it('records each milestone’s breach once, and no warning after its breach', () => {
    given([filed(), breached]).when(breach()).thenNothingHappens();
    given([filed(), atRisk]).when(warning).thenNothingHappens();
    given([filed(), breached]).when(warning).thenNothingHappens();
  });

  it('records nothing on a closed complaint: the timer fired after the close', () => {
    given([filed(), closed]).when(breach()).thenNothingHappens();
  });

  it('records the SLA choice the host made at filing, calendar version included', () => {
    const file = cmd(
      'FileComplaint',
      { ...filedData, regime: 'FCA_DISP' },
      'agent',
      'agent-1',
      '2024-03-04T09:00:00Z',
    );
    const sla = { policy: 'FCA_DISP_PSD@1', calendar: 'UK@2024' };
    const context = { refunds: [], escalations: [], calendar: undefined as never, sla };
    const e = filed('FCA_DISP');
    given([])
      .when(file, context)
      .then([{ ...e, data: { ...e.data, slaPolicy: 'FCA_DISP_PSD@1', slaCalendar: 'UK@2024' } }]);
    given([])
      .when(file, { ...context, sla: null })
      .then([filed('FCA_DISP')]);
  });
});
