import { returnAggregate } from '@casebook/domain';
import { CASE_WORKERS, WAREHOUSE } from '../auth/role-sets';
import type { CommandRoute } from '../commands/command-route';
import { commandRoutes } from '../commands/command-routes';
import { RunReturnCommand } from './return.handler';

const returns = commandRoutes(returnAggregate, {
  resource: 'returns',
  idField: 'returnId',
  roles: CASE_WORKERS,
  message: (command, request) => new RunReturnCommand(command, request),
});

/** `POST /returns`: the return, and its link on the complaint when it names one, in one atomic append. */
export const requestReturnRoute = returns.create(
  'RequestReturn',
  'Request a return of order lines (returnId is made up when left out); a complaint it names links it',
);

/** `POST /returns/{id}/<action>`: casework for agents, the item itself for the warehouse. */
export const returnActionRoutes: readonly CommandRoute[] = [
  returns.action(
    'authorise',
    'AuthoriseReturn',
    'Authorise within the return window: method, send-by, reference',
  ),
  returns.action('refuse', 'RefuseReturn', 'Refuse: outside the window, not returnable, or fraud suspected'),
  returns.action('ship', 'ShipReturn', 'Record that the customer shipped the item: carrier and tracking'),
  returns.action(
    'receive',
    'ReceiveReturn',
    'Record what arrived, per line; never more than authorised',
    WAREHOUSE,
  ),
  returns.action(
    'inspect',
    'InspectReturn',
    'Record what inspection found, per line, with evidence',
    WAREHOUSE,
  ),
  returns.action('open-claim', 'OpenCarrierClaim', 'Open a carrier or insurance claim for transit damage'),
  returns.action(
    'dispose',
    'DisposeReturn',
    'Send inspected lines to restock, refurbish, scrap, vendor or customer',
    WAREHOUSE,
  ),
  returns.action(
    'resolve',
    'ResolveReturn',
    'Resolve: refund (requests the refund on the complaint), exchange, repair, store credit or none',
  ),
  returns.action('cancel', 'CancelReturn', 'Cancel at the customer’s request, before the item is received'),
];
