import * as E from 'fp-ts/Either';
import { policyForComplaint } from '../sla/policy-registry';
import type { ComplaintCommand } from './commands';
import { recordSla } from './decide-sla';
import type { ComplaintContext, SlaChoice } from './context';
import * as handling from './decide-handling';
import * as investigation from './decide-investigation';
import { recordNotificationDelivery } from './decide-notifications';
import * as outcome from './decide-outcome';
import { complaintError, type ComplaintError } from './errors';
import type { ComplaintEvent } from './events';
import type { ComplaintState, FiledComplaint } from './state';

type Result = E.Either<ComplaintError, ReadonlyArray<ComplaintEvent>>;

/**
 * Files the complaint and records the SLA policy version (and calendar version) that applies,
 * so its clocks are judged under them however configuration changes later (none for regime
 * NONE). The host's choice (by regime, priority, channel, category) arrives as `ctx.sla`;
 * without one, the built-in version effective now.
 */
const fileComplaint = (
  command: Extract<ComplaintCommand, { type: 'FileComplaint' }>,
  state: ComplaintState,
  ctx?: ComplaintContext,
): Result => {
  if (state.status !== 'none')
    return E.left(
      complaintError('ComplaintAlreadyFiled', `complaint ${command.data.complaintId} already exists`),
    );
  const filedAt = command.metadata.now;
  const builtIn = policyForComplaint(command.data.regime, filedAt)?.version;
  const chosen: SlaChoice | null =
    ctx?.sla !== undefined ? ctx.sla : builtIn === undefined ? null : { policy: builtIn };
  const sla = {
    ...(chosen?.policy === undefined ? {} : { slaPolicy: chosen.policy }),
    ...(chosen?.calendar === undefined ? {} : { slaCalendar: chosen.calendar }),
  };
  const data = { ...command.data, filedAt, ...sla };
  return E.right([{ type: 'ComplaintFiled', data }]);
};

const decideFiled = (
  command: Exclude<ComplaintCommand, { type: 'FileComplaint' }>,
  s: FiledComplaint,
  ctx?: ComplaintContext,
): Result => {
  switch (command.type) {
    case 'AcknowledgeComplaint':
      return handling.acknowledge(command, s);
    case 'AssignComplaint':
      return handling.assign(command, s);
    case 'TransferComplaint':
      return handling.transfer(command, s);
    case 'RequestInformation':
      return handling.requestInformation(command, s);
    case 'RecordCustomerReply':
      return handling.recordReply(command, s);
    case 'PutComplaintOnHold':
      return handling.putOnHold(command, s);
    case 'ResumeComplaint':
      return handling.resume(command, s);
    case 'NotifyCustomer':
      return handling.notify(command, s);
    case 'SendHoldingResponse':
      return handling.sendHoldingResponse(command, s);
    case 'LinkRefund':
      return handling.linkRefund(command, s);
    case 'LinkEscalation':
      return handling.linkEscalation(command, s);
    case 'LinkReturn':
      return handling.linkReturn(command, s);
    case 'RequestProductTest':
      return investigation.requestProductTest(command, s);
    case 'RecordProductTestResult':
      return investigation.recordProductTestResult(command, s);
    case 'DetermineInsuranceCoverage':
      return investigation.determineInsuranceCoverage(command);
    case 'ReviewClaimAdjustment':
      return investigation.reviewClaimAdjustment(command);
    case 'RecordRootCause':
      return investigation.recordRootCause(command, s);
    case 'SendFinalResponse':
      return outcome.sendFinalResponse(command, s);
    case 'ResolveComplaint':
      return outcome.resolve(command, s);
    case 'ReopenComplaint':
      return outcome.reopen(command, s);
    case 'CloseComplaint':
      return outcome.close(command, s, ctx);
    case 'RecordSatisfaction':
      return outcome.rateSatisfaction(command, s);
    case 'RecordSlaWarning':
    case 'RecordSlaBreach':
      return recordSla(command, s);
    case 'RecordNotificationDelivery':
      return recordNotificationDelivery(command, s);
  }
};

/**
 * Decides a complaint command. Closed is terminal: apart from the customer's satisfaction
 * rating and the record of a notification's delivery, every command on a closed complaint is refused (a new contact files a new complaint
 * with `relatedComplaintId`). `context` is read only by `CloseComplaint`.
 */
export const decideComplaint = (
  command: ComplaintCommand,
  state: ComplaintState,
  context?: ComplaintContext,
): Result => {
  if (command.type === 'FileComplaint') return fileComplaint(command, state, context);
  if (state.status === 'none')
    return E.left(
      complaintError('ComplaintNotFound', `complaint ${command.data.complaintId} does not exist`),
    );
  // A deadline timer that fires after the close finds nothing left to judge.
  if (
    state.status === 'closed' &&
    (command.type === 'RecordSlaWarning' || command.type === 'RecordSlaBreach')
  )
    return E.right([]);
  const afterClose = command.type === 'RecordSatisfaction' || command.type === 'RecordNotificationDelivery';
  if (state.status === 'closed' && !afterClose) {
    return E.left(
      complaintError('ComplaintClosed', 'the complaint is closed; file a new complaint linked to it'),
    );
  }
  return decideFiled(command, state, context);
};
