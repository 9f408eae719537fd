import { complaintAggregate, type ComplaintId } from '@casebook/domain';
import type { EventStore } from '@casebook/event-store';
import { complaintsOfCustomer } from '@casebook/projections';
import type { Pool } from 'pg';

const PAGE = 1000;

/**
 * Every complaint filed for `customerId`, exactly, even while the read model trails the log: the
 * complaints read model up to its checkpoint (one snapshot), then the log's `ComplaintFiled`
 * events after it. Without a database the whole log is read.
 */
export async function complaintIdsOf(
  store: EventStore,
  pool: Pool | undefined,
  customerId: string,
): Promise<ComplaintId[]> {
  const known = pool ? await complaintsOfCustomer(pool, customerId) : { complaintIds: [], upTo: 0n };
  const ids = new Set<ComplaintId>();
  for (const id of known.complaintIds) {
    const decoded = complaintAggregate.id.decode(id);
    if (decoded._tag === 'Right') ids.add(decoded.right);
  }
  for (let after = known.upTo; ;) {
    const page = await store.readAll({ after, maxCount: PAGE, eventTypes: ['ComplaintFiled'] });
    for (const e of page.events) {
      const filed = complaintAggregate.events.fromStored(e);
      if (filed.type === 'ComplaintFiled' && filed.data.customerId === customerId)
        ids.add(filed.data.complaintId);
    }
    if (page.events.length < PAGE) return [...ids];
    after = page.lastPosition;
  }
}
