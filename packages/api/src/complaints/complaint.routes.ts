import { complaintAggregate } from '@casebook/domain';
import { CASE_WORKERS } from '../auth/role-sets';
import type { CommandRoute } from '../commands/command-route';
import { commandRoutes } from '../commands/command-routes';
import { RunComplaintCommand } from './complaint.handler';

const complaints = commandRoutes(complaintAggregate, {
  resource: 'complaints',
  idField: 'complaintId',
  roles: CASE_WORKERS,
  message: (command, request) => new RunComplaintCommand(command, request),
});

export const fileComplaintRoute = complaints.create(
  'FileComplaint',
  'File a complaint (complaintId is made up when left out)',
);

/** `POST /complaints/{id}/<action>`, one per complaint command besides filing and the internal links. */
export const complaintActionRoutes: readonly CommandRoute[] = [
  complaints.action('acknowledge', 'AcknowledgeComplaint', 'Acknowledge receipt'),
  complaints.action('assign', 'AssignComplaint', 'Assign an owner and team'),
  complaints.action('transfer', 'TransferComplaint', 'Transfer to another team; the owner stays'),
  complaints.action('request-information', 'RequestInformation', 'Ask the customer for information'),
  complaints.action('customer-reply', 'RecordCustomerReply', "Record the customer's reply"),
  complaints.action('hold', 'PutComplaintOnHold', 'Put on hold'),
  complaints.action('resume', 'ResumeComplaint', 'Resume from hold'),
  complaints.action('request-product-test', 'RequestProductTest', 'Request a product test'),
  complaints.action('product-test-result', 'RecordProductTestResult', "Record a product test's result"),
  complaints.action(
    'insurance-coverage',
    'DetermineInsuranceCoverage',
    'Record the insurance coverage decision',
  ),
  complaints.action('claim-adjustment-review', 'ReviewClaimAdjustment', 'Record a claim adjustment review'),
  complaints.action('notify-customer', 'NotifyCustomer', 'Notify the customer'),
  complaints.action('holding-response', 'SendHoldingResponse', 'Send a holding response'),
  complaints.action('final-response', 'SendFinalResponse', 'Send the final response'),
  complaints.action('root-cause', 'RecordRootCause', 'Record the root cause'),
  complaints.action('resolve', 'ResolveComplaint', 'Resolve'),
  complaints.action('reopen', 'ReopenComplaint', 'Reopen a resolved complaint'),
  complaints.action(
    'close',
    'CloseComplaint',
    'Close a resolved complaint: no refund in flight, no escalation or return open',
  ),
  complaints.action('satisfaction', 'RecordSatisfaction', "Record the customer's satisfaction"),
];
