import {
  complaintCommandPayloads,
  complaintDecider,
  complaintStreamId,
  type ComplaintId,
  type ComplaintState,
} from '@casebook/domain';
import { step, type Step } from '@casebook/event-store';
import type { Role } from '../auth/jwt';
import type { CommandRoute, DomainCommand, PlanDeps } from '../commands/command-route';
import { closeContext } from './complaint.context';
import { complaintCodec } from './complaint.view';

type ComplaintCommandType = keyof typeof complaintCommandPayloads;

/** Agents file and work complaints; supervisors may do all an agent may (admins hold every role). */
export const COMPLAINT_WORKERS: readonly Role[] = ['agent', 'supervisor'];

/** The complaint stream's decision for `command`; `existing` for everything but filing. */
export const complaintStep = (
  command: DomainCommand,
  stream: 'new' | 'existing',
  context?: Step['context'],
): Step =>
  step({
    streamId: complaintStreamId(command.data.complaintId as ComplaintId),
    decider: complaintDecider,
    codec: complaintCodec,
    command: () => command as never,
    stream,
    context: context as never,
  });

const act = (action: string, type: ComplaintCommandType, summary: string): CommandRoute => ({
  resource: 'complaints',
  action,
  type,
  payload: complaintCommandPayloads[type] as CommandRoute['payload'],
  pathId: 'complaintId',
  roles: COMPLAINT_WORKERS,
  summary,
  plan: (command) => [complaintStep(command, 'existing')],
});

export const fileComplaintRoute: CommandRoute = {
  resource: 'complaints',
  type: 'FileComplaint',
  payload: complaintCommandPayloads.FileComplaint as CommandRoute['payload'],
  creates: { field: 'complaintId', resource: 'complaints' },
  roles: COMPLAINT_WORKERS,
  summary: 'File a complaint (complaintId is made up when left out)',
  plan: (command) => [complaintStep(command, 'new')],
};

const closeRoute: CommandRoute = {
  ...act('close', 'CloseComplaint', 'Close a resolved complaint: no refund in flight, no escalation open'),
  plan: (command: DomainCommand, deps: PlanDeps) => [
    complaintStep(command, 'existing', (state) => closeContext(deps, state as ComplaintState)),
  ],
};

/** `POST /complaints/{id}/<action>`, one per complaint command besides filing and the internal links. */
export const complaintActionRoutes: readonly CommandRoute[] = [
  act('acknowledge', 'AcknowledgeComplaint', 'Acknowledge receipt'),
  act('assign', 'AssignComplaint', 'Assign an owner and team'),
  act('transfer', 'TransferComplaint', 'Transfer to another team; the owner stays'),
  act('request-information', 'RequestInformation', 'Ask the customer for information'),
  act('customer-reply', 'RecordCustomerReply', "Record the customer's reply"),
  act('hold', 'PutComplaintOnHold', 'Put on hold'),
  act('resume', 'ResumeComplaint', 'Resume from hold'),
  act('request-product-test', 'RequestProductTest', 'Request a product test'),
  act('product-test-result', 'RecordProductTestResult', "Record a product test's result"),
  act('insurance-coverage', 'DetermineInsuranceCoverage', 'Record the insurance coverage decision'),
  act('claim-adjustment-review', 'ReviewClaimAdjustment', 'Record a claim adjustment review'),
  act('notify-customer', 'NotifyCustomer', 'Notify the customer'),
  act('holding-response', 'SendHoldingResponse', 'Send a holding response'),
  act('final-response', 'SendFinalResponse', 'Send the final response'),
  act('root-cause', 'RecordRootCause', 'Record the root cause'),
  act('resolve', 'ResolveComplaint', 'Resolve'),
  act('reopen', 'ReopenComplaint', 'Reopen a resolved complaint'),
  closeRoute,
  act('satisfaction', 'RecordSatisfaction', "Record the customer's satisfaction"),
];
