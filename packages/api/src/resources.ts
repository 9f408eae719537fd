import type { Type } from '@nestjs/common';
import type { CommandRoute } from './commands/command-route';
import { resourceController } from './commands/resource.controller';
import { complaintActionRoutes, fileComplaintRoute } from './complaints/complaint.routes';
import { complaintView } from './complaints/complaint.view';
import {
  CUSTOMER_READERS,
  customerActionRoutes,
  customerView,
  registerCustomerRoute,
} from './customers/customer.routes';
import { escalationActionRoutes, raiseEscalationRoute } from './escalations/escalation.routes';
import { escalationView } from './escalations/escalation.view';
import {
  interactionActionRoutes,
  interactionView,
  startInteractionRoute,
} from './interactions/interaction.routes';
import type { ReadRoute } from './openapi/openapi.document';
import { refundActionRoutes, requestRefundRoute } from './refunds/refund.routes';
import { refundView } from './refunds/refund.view';

/** Every resource: its creating route, its `/{id}/<action>` routes, its view and who may read it. */
export const RESOURCES = {
  customers: {
    create: registerCustomerRoute,
    actions: customerActionRoutes,
    view: customerView,
    readers: CUSTOMER_READERS,
  },
  interactions: { create: startInteractionRoute, actions: interactionActionRoutes, view: interactionView },
  complaints: {
    create: fileComplaintRoute,
    actions: [...complaintActionRoutes, raiseEscalationRoute],
    view: complaintView,
  },
  refunds: { create: requestRefundRoute, actions: refundActionRoutes, view: refundView },
  escalations: { actions: escalationActionRoutes, view: escalationView },
} as const;

export const RESOURCE_CONTROLLERS: Type[] = Object.entries(RESOURCES).map(([name, spec]) =>
  resourceController(name, spec),
);

/** Every command route, in the order the API document lists them. */
export const COMMAND_ROUTES: readonly CommandRoute[] = Object.values(RESOURCES).flatMap((r) => [
  ...('create' in r ? [r.create] : []),
  ...r.actions,
]);

export const READ_ROUTES: readonly ReadRoute[] = Object.entries(RESOURCES).map(([resource, r]) => ({
  resource,
  summary: `The current state of one of the ${resource}`,
  readers: 'readers' in r ? r.readers : undefined,
}));
