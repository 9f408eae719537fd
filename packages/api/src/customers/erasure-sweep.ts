import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Periodic } from '../app/periodic';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';

export const DEFAULT_ERASURE_SWEEP = { everyMs: 60_000, pageSize: 500 };

/**
 * Destroys the key of every customer whose `CustomerPiiErased` is in the log and whose key is
 * still there. An erasure appends the event and then destroys the key; if the process dies or
 * the database goes away between the two, a retry without an `Idempotency-Key` destroys it, but
 * a retry with the same key replays the first answer without running the command, and a key
 * restored from an older backup of `pii_keys` comes back. This sweep closes both: it runs at
 * start and then every `everyMs`, reading only that event type (the `(type, global_position)`
 * index) from where its last sweep ended. Destroying is idempotent, so several API processes
 * may sweep at once.
 */
@Injectable()
export class ErasureSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('erasure');
  private after = 0n;
  private periodic?: Periodic;
  private sweeping?: Promise<number>;

  constructor(@Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig) {}

  onApplicationBootstrap(): void {
    const settings = this.config.erasureSweep;
    if (settings === false) return;
    const { everyMs, pageSize } = { ...DEFAULT_ERASURE_SWEEP, ...settings };
    this.periodic = new Periodic(
      () =>
        this.sweep(pageSize).then(
          () => undefined,
          (e: unknown) => {
            // The database may be away; the next sweep tries again from the same place.
            this.logger.warn(`sweeping erased customers' keys failed: ${(e as Error).message}`);
          },
        ),
      everyMs,
    );
    this.periodic.start(0);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.periodic?.stop();
    await this.sweeping?.catch(() => undefined);
  }

  /**
   * One sweep from where the last one ended: how many keys it destroyed. Throws if the store or
   * the keyring fails (the next sweep starts again from the same place).
   */
  sweep(pageSize = DEFAULT_ERASURE_SWEEP.pageSize): Promise<number> {
    // One sweep at a time in a process: a second caller waits for the running one's answer.
    this.sweeping ??= this.run(pageSize).finally(() => (this.sweeping = undefined));
    return this.sweeping;
  }

  private async run(pageSize: number): Promise<number> {
    const { store } = this.config;
    let destroyed = 0;
    for (;;) {
      const page = await store.readAll({
        after: this.after,
        eventTypes: ['CustomerPiiErased'],
        maxCount: pageSize,
      });
      const subjects = [...new Set(page.events.map((e) => (e.data as { customerId: string }).customerId))];
      if (subjects.length > 0) {
        const keys = await store.keyring.keysOf(subjects);
        for (const subject of subjects) {
          if (keys.get(subject) === 'destroyed') continue;
          await store.keyring.destroy(subject);
          destroyed += 1;
          this.logger.warn(`destroyed the key of erased customer ${subject}, left by an unfinished erasure`);
        }
      }
      // Only past a page whose keys are all gone: a failure above starts the next sweep here.
      this.after = page.lastPosition;
      if (page.events.length < pageSize || this.periodic?.stopped) return destroyed;
    }
  }
}
