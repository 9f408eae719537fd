import {
  complaintsReport,
  customersReport,
  interactionsReport,
  refundsReport,
  returnsReport,
  type ListSpec,
} from '@casebook/projections';
export { REPORT_READERS } from '../auth/role-sets';

/** A list route and, when `row` is set, its `/{id}` route: the table the controller and the API document share. */
export interface ListRoute {
  readonly spec: ListSpec;
  readonly summary: string;
  readonly row?: string;
}

export const LIST_ROUTES: readonly ListRoute[] = [
  { spec: complaintsReport, summary: 'Complaints with their SLA breaches', row: 'One complaint' },
  {
    spec: customersReport,
    summary: 'Customer 360: contacts, complaints, refunds, at risk',
    row: 'One customer',
  },
  { spec: refundsReport, summary: 'The refund ledger' },
  { spec: interactionsReport, summary: 'Interactions with their handling times' },
  { spec: returnsReport, summary: 'Returns with their timings, resolution, refund and lines' },
];
