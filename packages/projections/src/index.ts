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
export { complaintsTable, type ComplaintRow } from './complaints/complaint-row';
export { evolveComplaintRow } from './complaints/evolve';
export { ComplaintEntity, ProjectionCheckpointEntity, projectionEntities } from './schema/entities';
export { migrateProjections, projectionDataSource, projectionMigrations } from './schema/migrations';

import { complaintsProjection } from './complaints/complaints.projection';

/** Every projection this package builds; start one runner per entry. */
export const projections = [complaintsProjection] as const;
