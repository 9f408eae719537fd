import { CATEGORIES, CHANNELS, one, Plot, PRIORITIES, REGIMES, type Step, TEAMS } from './plot';
import { escalation, interaction, productReturn, refund } from './side-stories';

/** Investigation: assigned, sometimes transferred, sometimes asked for more, a holding reply. */
function handling(p: Plot, complaintId: string): Step[] {
  const s = `complaint-${complaintId}`;
  const team = p.pick(TEAMS);
  const ownerId = `agent-${p.int(1, 40)}`;
  const steps = [
    one(s, 'ComplaintAcknowledged', { complaintId, acknowledgedAt: p.later() }),
    one(s, 'ComplaintAssigned', { complaintId, ownerId, team, assignedAt: p.later() }),
  ];
  if (p.chance(0.2)) {
    const toTeam = p.pick(TEAMS.filter((t) => t !== team));
    const reason = 'Needs another team';
    steps.push(
      one(s, 'ComplaintTransferred', {
        complaintId,
        fromTeam: team,
        toTeam,
        ownerId,
        reason,
        transferredAt: p.later(),
      }),
    );
  }
  if (p.chance(0.25)) {
    const requestId = `${complaintId}-q`;
    steps.push(
      one(s, 'InformationRequested', {
        complaintId,
        requestId,
        question: 'Order number?',
        requestedAt: p.later(),
      }),
      one(s, 'CustomerReplyRecorded', { complaintId, requestId, reply: 'It is 1234', repliedAt: p.later() }),
    );
  }
  if (p.chance(0.5)) {
    const message = 'We are looking into it';
    steps.push(one(s, 'HoldingResponseSent', { complaintId, message, sentAt: p.later() }));
  }
  return steps;
}

/** The outcome: final response, resolution, closure and often a rating. */
function outcome(p: Plot, complaintId: string): Step[] {
  const s = `complaint-${complaintId}`;
  const steps = [
    one(s, 'FinalResponseSent', {
      complaintId,
      outcome: p.pick(['upheld', 'partially_upheld', 'rejected']),
      referralRightsStated: true,
      message: 'Our final response',
      sentAt: p.later(),
    }),
    one(s, 'ComplaintResolved', {
      complaintId,
      resolution: 'Refunded',
      summaryResolution: false,
      resolvedAt: p.later(),
    }),
    one(s, 'ComplaintClosed', { complaintId, closure: 'final_response', closedAt: p.later() }),
  ];
  if (p.chance(0.6)) {
    const rating = p.chance(0.7) ? 'good' : 'bad';
    steps.push(one(s, 'SatisfactionRated', { complaintId, rating, ratedAt: p.later() }));
  }
  return steps;
}

/**
 * A complaint from filing to closure, with a refund (30%), an escalation (10%) and a return (10%)
 * on the way.
 */
export function complaint(p: Plot, complaintId: string, customerId: string): Step[] {
  const paid = p.int(500, 20_000);
  const filed = one(`complaint-${complaintId}`, 'ComplaintFiled', {
    complaintId,
    customerId,
    channel: p.pick(CHANNELS),
    category: p.pick(CATEGORIES),
    description: 'The parcel arrived damaged and support did not call back',
    amountPaid: { minor: paid, currency: 'GBP' },
    priority: p.pick(PRIORITIES),
    regime: p.pick(REGIMES),
    filedAt: p.later(),
  });
  const steps = [filed, ...handling(p, complaintId)];
  if (p.chance(0.3)) steps.push(...refund(p, `${complaintId}-r`, complaintId, customerId, p.int(100, paid)));
  if (p.chance(0.1)) steps.push(...escalation(p, `${complaintId}-e`, complaintId));
  if (p.chance(0.1)) steps.push(...productReturn(p, `${complaintId}-ret`, complaintId, customerId));
  return [...steps, ...outcome(p, complaintId)];
}

/**
 * One customer's life in the log: registered, one to three contacts, and a complaint for about
 * half of them (a second for some). About 17 events on average.
 */
export function customerStory(p: Plot, customerId: string): Step[] {
  const steps: Step[] = [
    one(`customer-${customerId}`, 'CustomerRegistered', {
      customerId,
      name: 'Ada Lovelace',
      email: `${customerId}@example.com`,
      registeredAt: p.later(),
    }),
    ...interaction(p, `${customerId}-i1`, customerId),
  ];
  if (p.chance(0.5)) steps.push(...complaint(p, `${customerId}-c1`, customerId));
  if (p.chance(0.5)) steps.push(...interaction(p, `${customerId}-i2`, customerId));
  if (p.chance(0.15)) steps.push(...complaint(p, `${customerId}-c2`, customerId));
  if (p.chance(0.3)) steps.push(...interaction(p, `${customerId}-i3`, customerId));
  return steps;
}
