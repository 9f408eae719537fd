import { Inject } from '@nestjs/common';
import { QueryHandler, type IQuery, type IQueryHandler } from '@nestjs/cqrs';
import { formatInstant, type ComplaintClocks } from '@casebook/domain';
import { readComplaintClocks } from '@casebook/projections';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';

/** `GetComplaintClocks`: one complaint's regulatory clocks, judged at the API's clock. */
export class GetComplaintClocks implements IQuery {
  constructor(readonly id: string) {}
}

/**
 * Replays the complaint's stream (always current, like `GetComplaint`) with the configured
 * calendar, or each regime's default when none is configured; `null` for an unknown complaint.
 */
@QueryHandler(GetComplaintClocks)
export class GetComplaintClocksHandler implements IQueryHandler<GetComplaintClocks, ComplaintClocks | null> {
  constructor(@Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig) {}

  execute({ id }: GetComplaintClocks): Promise<ComplaintClocks | null> {
    const now = formatInstant(this.config.clock().getTime());
    return readComplaintClocks(this.config.store, id, now, this.config.calendar, this.config.sla);
  }
}
