import { specFor } from '../testing';
import {
  assigned,
  cmd,
  complaintId,
  ev,
  filed,
  filedData,
  finalResponse,
  now,
  resolved,
} from './complaint.fixtures';
import { complaintDecider } from './index';

const { given } = specFor(complaintDecider);

describe('complaint: filing and handling', () => {
  const file = (regime: 'FCA_DISP' | 'CFPB' | 'NONE') =>
    cmd('FileComplaint', { ...filedData, regime }, 'agent', 'agent-1', '2024-03-04T09:00:00Z');
  const recorded = (regime: 'FCA_DISP' | 'CFPB', slaPolicy: string) => {
    const e = filed(regime);
    return { ...e, data: { ...e.data, slaPolicy } };
  };

  it('files a complaint, stamping filedAt and the SLA policy version in force then', () => {
    given([])
      .when(file('FCA_DISP'))
      .then([recorded('FCA_DISP', 'FCA_DISP@1')]);
    given([])
      .when(file('CFPB'))
      .then([recorded('CFPB', 'CFPB@1')]);
  });

  it('records no SLA policy version for a complaint outside any regime', () => {
    given([])
      .when(file('NONE'))
      .then([filed('NONE')]);
  });

  it('refuses to file the same complaint twice', () => {
    given([filed()])
      .when(cmd('FileComplaint', { ...filedData, regime: 'NONE' }))
      .thenFails('ComplaintAlreadyFiled');
  });

  it('refuses commands on a complaint that was never filed', () => {
    given([]).when(cmd('AcknowledgeComplaint', { complaintId })).thenFails('ComplaintNotFound');
  });

  it('acknowledges once; a second acknowledgement records nothing', () => {
    const ack = cmd('AcknowledgeComplaint', { complaintId });
    const events = given([filed()])
      .when(ack)
      .then([ev('ComplaintAcknowledged', { complaintId, acknowledgedAt: now })]);
    given([filed(), ...events])
      .when(ack)
      .thenNothingHappens();
  });

  it('assigns an owner; the same assignment again records nothing', () => {
    const data = { complaintId, ownerId: 'agent-1', team: 'frontline' };
    given([filed()])
      .when(cmd('AssignComplaint', data))
      .then([ev('ComplaintAssigned', { ...data, assignedAt: now })]);
    given([filed(), assigned]).when(cmd('AssignComplaint', data)).thenNothingHappens();
  });

  it('refuses to hand an owned case to another agent unless a supervisor does it', () => {
    const data = { complaintId, ownerId: 'agent-2', team: 'frontline' };
    given([filed(), assigned]).when(cmd('AssignComplaint', data)).thenFails('AlreadyAssigned');
    given([filed(), assigned])
      .when(cmd('AssignComplaint', data, 'supervisor', 'sup-1'))
      .then([ev('ComplaintAssigned', { ...data, assignedAt: now })]);
  });

  it('transfers to another team and the owner stays with the case', () => {
    given([filed(), assigned])
      .when(cmd('TransferComplaint', { complaintId, toTeam: 'logistics', reason: 'courier issue' }))
      .then([
        ev('ComplaintTransferred', {
          complaintId,
          fromTeam: 'frontline',
          toTeam: 'logistics',
          ownerId: 'agent-1',
          reason: 'courier issue',
          transferredAt: now,
        }),
      ]);
  });

  it('refuses a transfer without an owner, and one to the current team', () => {
    const to = (toTeam: string) => cmd('TransferComplaint', { complaintId, toTeam, reason: 'x' });
    given([filed()]).when(to('logistics')).thenFails('NotAssigned');
    given([filed(), assigned]).when(to('frontline')).thenFails('NothingChanged');
  });

  it('requests information and records the reply', () => {
    const asked = given([filed()])
      .when(cmd('RequestInformation', { complaintId, requestId: 'q1', question: 'Photo?' }))
      .then([
        ev('InformationRequested', { complaintId, requestId: 'q1', question: 'Photo?', requestedAt: now }),
      ]);
    given([filed(), ...asked])
      .when(cmd('RecordCustomerReply', { complaintId, requestId: 'q1', reply: 'Attached' }))
      .then([
        ev('CustomerReplyRecorded', { complaintId, requestId: 'q1', reply: 'Attached', repliedAt: now }),
      ]);
    given([filed(), ...asked])
      .when(cmd('RequestInformation', { complaintId, requestId: 'q2', question: 'And?' }))
      .thenFails('InvalidTransition');
  });

  it('refuses a reply to a request that is not open', () => {
    given([filed()])
      .when(cmd('RecordCustomerReply', { complaintId, requestId: 'q1', reply: 'Hi' }))
      .thenFails('InformationRequestNotFound');
  });

  it('puts on hold and resumes; repeating either records nothing', () => {
    const hold = cmd('PutComplaintOnHold', { complaintId, reason: 'waiting for courier' });
    const held = given([filed()])
      .when(hold)
      .then([ev('ComplaintPutOnHold', { complaintId, reason: 'waiting for courier', heldAt: now })]);
    given([filed(), ...held])
      .when(hold)
      .thenNothingHappens();
    const resume = cmd('ResumeComplaint', { complaintId });
    given([filed(), ...held])
      .when(resume)
      .then([ev('ComplaintResumed', { complaintId, resumedAt: now })]);
    given([filed()]).when(resume).thenNothingHappens();
    given([filed(), resolved()]).when(hold).thenFails('InvalidTransition');
  });

  it('notifies the customer once per notification id', () => {
    const data = {
      complaintId,
      notificationId: 'n1',
      kind: 'shipment',
      message: 'Replacement shipped',
    } as const;
    const sent = given([filed()])
      .when(cmd('NotifyCustomer', data))
      .then([ev('CustomerNotified', { ...data, notifiedAt: now })]);
    given([filed(), ...sent])
      .when(cmd('NotifyCustomer', data))
      .thenNothingHappens();
  });

  it('sends a holding response, but not after the final response', () => {
    const holding = cmd('SendHoldingResponse', { complaintId, message: 'We need more time' });
    given([filed()])
      .when(holding)
      .then([ev('HoldingResponseSent', { complaintId, message: 'We need more time', sentAt: now })]);
    given([filed(), finalResponse]).when(holding).thenFails('FinalResponseAlreadySent');
  });
});
