import * as E from 'fp-ts/Either';
import type { Of } from '../shared/messages';
import type { ComplaintCommand } from './commands';
import { complaintError, type ComplaintError } from './errors';
import type { ComplaintEvent } from './events';
import type { FiledComplaint } from './state';

type Result = E.Either<ComplaintError, ReadonlyArray<ComplaintEvent>>;
type SlaCommand = Of<ComplaintCommand, 'RecordSlaWarning' | 'RecordSlaBreach'>;

/**
 * The SLA process's facts. Only the system records them (a person cannot declare a breach, nor
 * hide one by recording it early), and each milestone is warned about and breached once: a
 * timer that fires again after a crash records nothing. The caller judged the deadline; the
 * complaint only keeps the record.
 */
export const recordSla = (command: SlaCommand, s: FiledComplaint): Result => {
  const { data, metadata } = command;
  if (metadata.actor.kind !== 'system')
    return E.left(complaintError('SystemOnly', `only the SLA process records ${command.type}`));
  if (command.type === 'RecordSlaWarning') {
    if (s.slaWarned.includes(data.milestone) || s.slaBreached.includes(data.milestone)) return E.right([]);
    return E.right([{ type: 'SlaTargetAtRisk', data: { ...data, warnedAt: metadata.now } }]);
  }
  if (s.slaBreached.includes(data.milestone)) return E.right([]);
  return E.right([{ type: 'SlaTargetBreached', data: { ...data, breachedAt: metadata.now } }]);
};
