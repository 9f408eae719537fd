/**
 * @casebook/projections: read models kept up to date from the event log by a checkpointed,
 * single-owner runner. See docs/projections.md.
 */
export type {
  AnyProjection,
  ColumnSpec,
  ColumnType,
  ColumnValue,
  EvolveContext,
  Link,
  LinkLookup,
  Projection,
  ProjectionMode,
  TableSpec,
} from './runner/projection';
export { ProjectionRunner, type ProjectionRunnerOptions, type RunnerState } from './runner/projection-runner';
export {
  CheckpointMoved,
  ConnectionBroken,
  ProjectionHeld,
  foldAll,
  foldPage,
  resolveKeys,
  type ResolvedPage,
  type Page,
  type RunnerHooks,
} from './runner/apply-page';
export { ensureCheckpoint, resetProjection } from './runner/checkpoints';
export { projectionLag, type ProjectionLag } from './runner/lag';
export { rebuildProjection, type RebuildProgress, type RebuildResult } from './runner/rebuild';
export { verifyProjection, type Drift, type VerifyOptions, type VerifyResult } from './runner/verify';
export { projectionStatus, type ProjectionStatus } from './runner/status';
export { complaintsProjection, complaintEventTypes } from './complaints/complaints.projection';
export { ComplaintEntity, complaintsTable, type ComplaintRow } from './complaints/complaint.entity';
export { evolveComplaintRow } from './complaints/evolve';
export { dueInstants, type DueInstants } from './complaints/sla';
export { complaintsReport } from './complaints/complaints.report';
export { complaintsOfCustomer, type ComplaintsOfCustomer } from './complaints/complaints-of-customer';
export { customer360Projection, customer360EventTypes } from './customer360/customer360.projection';
export { evolveCustomer360Row } from './customer360/evolve';
export { customersReport } from './customer360/customers.report';
export { Customer360Entity, customer360Table, type Customer360Row } from './customer360/customer360.entity';
export { refundLedgerProjection, refundLedgerEventTypes } from './refunds/refund-ledger.projection';
export { evolveRefundLedgerRow } from './refunds/evolve';
export { refundsReport } from './refunds/refunds.report';
export { RefundLedgerEntity, refundLedgerTable, type RefundLedgerRow } from './refunds/refund-ledger.entity';
export { returnsProjection, returnsEventTypes } from './returns/returns.projection';
export { evolveReturnRow } from './returns/evolve';
export { returnsReport } from './returns/returns.report';
export { ReturnEntity, returnsTable, type ReturnLineRow, type ReturnRow } from './returns/return.entity';
export { interactionsProjection, interactionEventTypes } from './interactions/interactions.projection';
export { evolveInteractionRow } from './interactions/evolve';
export { interactionsReport } from './interactions/interactions.report';
export { InteractionEntity, interactionsTable, type InteractionRow } from './interactions/interaction.entity';
export { decodeStored } from './read-models/decode';
export { KeyColumn, ModelColumn, NULLABLE, type ColumnDecorator } from './read-models/columns';
export { tableSpecOf } from './read-models/table-spec';
export * from './reporting';
export { complaintEvents, readComplaintClocks } from './audit/clocks';
export { projectionEntities } from './schema/entities';
export { migrateProjections, projectionDataSource, projectionMigrations } from './schema/migrations';

import { complaintsProjection } from './complaints/complaints.projection';
import type { AnyProjection } from './runner/projection';
import { customer360Projection } from './customer360/customer360.projection';
import { interactionsProjection } from './interactions/interactions.projection';
import { refundLedgerProjection } from './refunds/refund-ledger.projection';
import { returnsProjection } from './returns/returns.projection';

/** Every projection this package builds; start one runner per entry. */
export const projections: readonly AnyProjection[] = [
  complaintsProjection,
  customer360Projection,
  refundLedgerProjection,
  interactionsProjection,
  returnsProjection,
];
export * from './audit';
export * from './processes';
