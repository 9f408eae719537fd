import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
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
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<void>;
  private stopped = false;

  constructor(@Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig) {}

  onApplicationBootstrap(): void {
    const purge = this.config.idempotencyKeys?.purge;
    if (purge === false) return;
    this.schedule({ ...DEFAULT_PURGE, ...purge });
  }

  /** Waits for a sweep in progress to finish its batch: the pool closes after this. */
  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.sweeping;
  }

  private schedule(settings: typeof DEFAULT_PURGE): void {
    this.timer = setTimeout(() => {
      this.sweeping = this.sweep(settings.batchSize).finally(() => {
        this.sweeping = undefined;
        if (!this.stopped) this.schedule(settings);
      });
    }, settings.everyMs);
    // A pending sweep never keeps a process alive that is otherwise done.
    this.timer.unref();
  }

  private async sweep(batchSize: number): Promise<void> {
    try {
      let deleted = batchSize;
      while (!this.stopped && deleted === batchSize) {
        deleted = await this.config.idempotency.purgeExpired(batchSize);
      }
    } catch (e) {
      // The database may be away; the next sweep tries again.
      this.logger.warn(`purging expired idempotency keys failed: ${(e as Error).message}`);
    }
  }
}
