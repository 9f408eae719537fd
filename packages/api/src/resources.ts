import type { Type } from '@nestjs/common';
import {
  complaintAggregate,
  customerAggregate,
  escalationAggregate,
  interactionAggregate,
  refundAggregate,
  returnAggregate,
} from '@casebook/domain';
import { CUSTOMER_READERS } from './auth/role-sets';
import type { CommandRoute } from './commands/command-route';
import { resourceController } from './commands/resource.controller';
import { complaintActionRoutes, fileComplaintRoute } from './complaints/complaint.routes';
import { customerActionRoutes, registerCustomerRoute } from './customers/customer.routes';
import { escalationActionRoutes, raiseEscalationRoute } from './escalations/escalation.routes';
import { interactionActionRoutes, startInteractionRoute } from './interactions/interaction.routes';
import type { ReadRoute } from './openapi/openapi.document';
import { stateQuery } from './queries/state-query';
import { refundActionRoutes, requestRefundRoute } from './refunds/refund.routes';
import { requestReturnRoute, returnActionRoutes } from './returns/return.routes';

/** Every resource: its creating route, its `/{id}/<action>` routes, its state query and who may read it. */
export const RESOURCES = {
  customers: {
    create: registerCustomerRoute,
    actions: customerActionRoutes,
    state: stateQuery(customerAggregate),
    readers: CUSTOMER_READERS,
  },
  interactions: {
    create: startInteractionRoute,
    actions: interactionActionRoutes,
    state: stateQuery(interactionAggregate),
  },
  complaints: {
    create: fileComplaintRoute,
    actions: [...complaintActionRoutes, raiseEscalationRoute],
    state: stateQuery(complaintAggregate),
  },
  refunds: { create: requestRefundRoute, actions: refundActionRoutes, state: stateQuery(refundAggregate) },
  returns: { create: requestReturnRoute, actions: returnActionRoutes, state: stateQuery(returnAggregate) },
  escalations: { actions: escalationActionRoutes, state: stateQuery(escalationAggregate) },
} as const;

export const RESOURCE_CONTROLLERS: Type[] = Object.entries(RESOURCES).map(([name, spec]) =>
  resourceController(name, spec),
);

/** The query handlers behind `GET /<resource>/{id}`, one per aggregate. */
export const STATE_QUERY_HANDLERS: Type[] = Object.values(RESOURCES).map((r) => r.state.handler);

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
