import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Periodic } from '../app/periodic';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';

export const DEFAULT_PURGE = { everyMs: 60_000, batchSize: 1_000 };

/**
 * Deletes expired idempotency keys while the API runs, so the table holds about one retention
 * window of keys however long the process lives. Each batch is one short statement; a sweep
 * repeats them until a batch comes back short. Every API process may run it: batches of two
 * processes never wait on each other for long and never delete a key still honoured.
 */
@Injectable()
export class IdempotencyPurge implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('idempotency');
  private periodic?: Periodic;

  constructor(@Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig) {}

  onApplicationBootstrap(): void {
    const purge = this.config.idempotencyKeys?.purge;
    if (purge === false) return;
    const settings = { ...DEFAULT_PURGE, ...purge };
    this.periodic = new Periodic(() => this.sweep(settings.batchSize), settings.everyMs);
    this.periodic.start();
  }

  /** Waits for a sweep in progress to finish its batch: the pool closes after this. */
  async onApplicationShutdown(): Promise<void> {
    await this.periodic?.stop();
  }

  private async sweep(batchSize: number): Promise<void> {
    try {
      let deleted = batchSize;
      while (!this.periodic?.stopped && deleted === batchSize) {
        deleted = await this.config.idempotency.purgeExpired(batchSize);
      }
    } catch (e) {
      // The database may be away; the next sweep tries again.
      this.logger.warn(`purging expired idempotency keys failed: ${(e as Error).message}`);
    }
  }
}
