import type { Pool } from 'pg';
import { complaintsTable } from './complaint.entity';
import { complaintsProjection } from './complaints.projection';

/** A customer's complaints as the read model has them, and the log position it is complete up to. */
export interface ComplaintsOfCustomer {
  readonly complaintIds: readonly string[];
  /** Every complaint filed at or below this global position is in `complaintIds`. */
  readonly upTo: bigint;
}

/**
 * One statement, so the rows and the checkpoint come from one snapshot: the projection commits
 * both in one transaction. A caller that must be exact reads the log after `upTo` itself.
 */
export async function complaintsOfCustomer(
  db: Pick<Pool, 'query'>,
  customerId: string,
): Promise<ComplaintsOfCustomer> {
  const { rows } = await db.query<{ up_to: string | null; ids: string[] }>(
    `SELECT (SELECT position FROM projection_checkpoints WHERE name = $2) AS up_to,
            array(SELECT complaint_id FROM ${complaintsTable.name} WHERE customer_id = $1 ORDER BY complaint_id) AS ids`,
    [customerId, complaintsProjection.name],
  );
  return { complaintIds: rows[0]?.ids ?? [], upTo: BigInt(rows[0]?.up_to ?? 0) };
}
