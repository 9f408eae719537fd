import { eventSchemaVersions } from '@casebook/domain';
import { complaintView } from './complaints/complaint.view';
import { escalationView } from './escalations/escalation.view';
import { interactionView } from './interactions/interaction.routes';
import { refundView } from './refunds/refund.view';
import { customerView } from './customers/customer.routes';
import type { AggregateView } from './queries/aggregate-view';

/** Every aggregate's view by resource: GET routes and cross-stream contexts read through these. */
export const VIEWS: Readonly<Record<string, AggregateView>> = {
  complaints: complaintView,
  refunds: refundView,
  escalations: escalationView,
  customers: customerView,
  interactions: interactionView,
};

/** Current schema version per event type, across aggregates: the runner stamps new events with it. */
export const SCHEMA_VERSIONS: Readonly<Record<string, number>> = eventSchemaVersions;
