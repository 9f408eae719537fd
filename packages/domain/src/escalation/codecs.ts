import * as t from 'io-ts';
import { oneOf } from '../shared/primitives';

/** 1 senior agent, 2 supervisor, 3 manager, 4 complaints team. */
export type EscalationLevel = 1 | 2 | 3 | 4;

const isLevel = (u: unknown): u is EscalationLevel => u === 1 || u === 2 || u === 3 || u === 4;

export const EscalationLevel = new t.Type<EscalationLevel, number, unknown>(
  'EscalationLevel',
  isLevel,
  (u, c) =>
    isLevel(u)
      ? t.success(u)
      : t.failure(
          u,
          c,
          u === undefined ? 'is required' : 'expected a level 1 (senior agent) to 4 (complaints team)',
        ),
  (a) => a,
);

/** Who raised it: a person, or the SLA process manager on a breach. */
export const EscalationTrigger = oneOf(['manual', 'sla_breach'], 'EscalationTrigger');
export type EscalationTrigger = t.TypeOf<typeof EscalationTrigger>;
