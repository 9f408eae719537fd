import { ComplaintEntity } from '../complaints/complaint.entity';
import { Customer360Entity } from '../customer360/customer360.entity';
import { InteractionEntity } from '../interactions/interaction.entity';
import { RefundLedgerEntity } from '../refunds/refund-ledger.entity';
import { ReturnEntity } from '../returns/return.entity';

/**
 * The read models' entities, each in its model's folder. The runner's own tables
 * (`projection_checkpoints`, `projection_links`) have none: the runner writes them with SQL and
 * their migrations are their only declaration.
 */
export const projectionEntities = [
  ComplaintEntity,
  Customer360Entity,
  RefundLedgerEntity,
  InteractionEntity,
  ReturnEntity,
];
