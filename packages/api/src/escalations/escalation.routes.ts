import {
  escalationCommandPayloads,
  escalationDecider,
  escalationStreamId,
  type ComplaintState,
  type EscalationContext,
  type EscalationId,
  type EscalationState,
} from '@casebook/domain';
import { step, type Step } from '@casebook/event-store';
import type { Role } from '../auth/jwt';
import type { CommandRoute, DomainCommand, PlanDeps } from '../commands/command-route';
import { complaintStep } from '../complaints/complaint.routes';
import { escalationCodec } from './escalation.view';

type EscalationCommandType = keyof typeof escalationCommandPayloads;
/** Agents raise escalations (to a supervisor); supervisors handle them. */
const RAISERS: readonly Role[] = ['agent', 'supervisor'];
const HANDLERS: readonly Role[] = ['supervisor'];

const escalationStep = (
  command: DomainCommand,
  stream: 'new' | 'existing',
  context?: Step['context'],
): Step =>
  step({
    streamId: escalationStreamId(command.data.escalationId as EscalationId),
    decider: escalationDecider,
    codec: escalationCodec,
    command: () => command as never,
    stream,
    context: context as never,
  });

/** The complaint and its open escalation, found through its `EscalationLinked` events. */
async function raiseContext(deps: PlanDeps, complaintId: string): Promise<EscalationContext> {
  const complaint = (await deps.readState('complaints', complaintId)) as ComplaintState | undefined;
  if (complaint === undefined || complaint.status === 'none') return { complaint: null };
  const states = await Promise.all(
    complaint.escalationIds.map(async (id) => ({
      id,
      s: (await deps.readState('escalations', id)) as EscalationState | undefined,
    })),
  );
  const open = states.find(({ s }) => s !== undefined && s.status !== 'none' && s.status !== 'closed');
  return {
    complaint: {
      complaintId: complaint.complaintId,
      status: complaint.status,
      openEscalationId: open?.id ?? null,
    },
  };
}

/** `POST /complaints/{id}/escalations`: the escalation and the complaint's link, in one atomic append. */
export const raiseEscalationRoute: CommandRoute = {
  resource: 'complaints',
  action: 'escalations',
  type: 'RaiseEscalation',
  payload: escalationCommandPayloads.RaiseEscalation as CommandRoute['payload'],
  pathId: 'complaintId',
  creates: { field: 'escalationId', resource: 'escalations' },
  roles: RAISERS,
  summary: 'Escalate a complaint (at most one open escalation per complaint)',
  plan: (command, deps) => {
    const complaintId = String(command.data.complaintId);
    const link: DomainCommand = {
      type: 'LinkEscalation',
      data: { complaintId, escalationId: command.data.escalationId },
      metadata: command.metadata,
    };
    return [
      escalationStep(command, 'new', () => raiseContext(deps, complaintId)),
      { ...complaintStep(command, 'existing'), command: () => link },
    ];
  },
};

const act = (action: string, type: EscalationCommandType, summary: string): CommandRoute => ({
  resource: 'escalations',
  action,
  type,
  payload: escalationCommandPayloads[type] as CommandRoute['payload'],
  pathId: 'escalationId',
  roles: HANDLERS,
  summary,
  plan: (command) => [escalationStep(command, 'existing')],
});

export const escalationActionRoutes: readonly CommandRoute[] = [
  act('acknowledge', 'AcknowledgeEscalation', 'Take on an escalation'),
  act('raise-level', 'RaiseEscalationLevel', 'Raise the level (never lowers)'),
  act('de-escalate', 'DeEscalate', 'De-escalate: closes the escalation'),
  act('close', 'CloseEscalation', 'Close with a resolution'),
];
