import { complaintAggregate } from '@casebook/domain';
import { CASE_WORKERS as roles } from '../auth/role-sets';
import type { CommandRoute } from '../commands/command-route';
import { commandRoutes } from '../commands/command-routes';
import { RunComplaintCommand } from './complaint.handler';

const complaints = commandRoutes(complaintAggregate, {
  resource: 'complaints',
  idField: 'complaintId',
  message: (command, request) => new RunComplaintCommand(command, request),
});

export const fileComplaintRoute = complaints.create('FileComplaint', {
  summary: 'File a complaint (complaintId is made up when left out)',
  roles,
});

/** `POST /complaints/{id}/<action>`, one per complaint command besides filing and the internal links. */
export const complaintActionRoutes: readonly CommandRoute[] = [
  complaints.action('acknowledge', 'AcknowledgeComplaint', { summary: 'Acknowledge receipt', roles }),
  complaints.action('assign', 'AssignComplaint', { summary: 'Assign an owner and team', roles }),
  complaints.action('transfer', 'TransferComplaint', {
    summary: 'Transfer to another team; the owner stays',
    roles,
  }),
  complaints.action('request-information', 'RequestInformation', {
    summary: 'Ask the customer for information',
    roles,
  }),
  complaints.action('customer-reply', 'RecordCustomerReply', {
    summary: "Record the customer's reply",
    roles,
  }),
  complaints.action('hold', 'PutComplaintOnHold', { summary: 'Put on hold', roles }),
  complaints.action('resume', 'ResumeComplaint', { summary: 'Resume from hold', roles }),
  complaints.action('request-product-test', 'RequestProductTest', {
    summary: 'Request a product test',
    roles,
  }),
  complaints.action('product-test-result', 'RecordProductTestResult', {
    summary: "Record a product test's result",
    roles,
  }),
  complaints.action('insurance-coverage', 'DetermineInsuranceCoverage', {
    summary: 'Record the insurance coverage decision',
    roles,
  }),
  complaints.action('claim-adjustment-review', 'ReviewClaimAdjustment', {
    summary: 'Record a claim adjustment review',
    roles,
  }),
  complaints.action('notify-customer', 'NotifyCustomer', { summary: 'Notify the customer', roles }),
  complaints.action('holding-response', 'SendHoldingResponse', { summary: 'Send a holding response', roles }),
  complaints.action('final-response', 'SendFinalResponse', { summary: 'Send the final response', roles }),
  complaints.action('root-cause', 'RecordRootCause', { summary: 'Record the root cause', roles }),
  complaints.action('resolve', 'ResolveComplaint', { summary: 'Resolve', roles }),
  complaints.action('reopen', 'ReopenComplaint', { summary: 'Reopen a resolved complaint', roles }),
  complaints.action('close', 'CloseComplaint', {
    summary: 'Close a resolved complaint: no refund in flight, no escalation open',
    roles,
  }),
  complaints.action('satisfaction', 'RecordSatisfaction', {
    summary: "Record the customer's satisfaction",
    roles,
  }),
];
