import { OutboxWorker } from '@casebook/projections';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import { transportsOf } from './notification-settings';
import { SystemCommands } from './system-commands';

/**
 * Delivers the outbox inside this process when the processes run here (`processes.run` not
 * false, PostgreSQL given): one delivery worker, any number across processes (messages are
 * claimed, never shared). Outcomes about complaints are recorded on them as the system actor.
 */
@Injectable()
export class OutboxDelivery implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('outbox');
  private delivery: OutboxWorker | undefined;

  constructor(
    @Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig,
    private readonly commands: SystemCommands,
  ) {}

  /** The delivery worker, when this process runs one: tests deliver due messages through it. */
  get worker(): OutboxWorker | undefined {
    return this.delivery;
  }

  onApplicationBootstrap(): void {
    const { pool, store, clock } = this.config;
    const settings = this.config.processes ?? {};
    if (!pool || settings.run === false) return;
    const notifications = settings.notifications ?? {};
    this.delivery = new OutboxWorker({
      pool,
      store,
      clock,
      commands: this.commands,
      ...transportsOf(notifications, this.logger),
      maxAttempts: notifications.maxAttempts,
      backoff: notifications.backoff,
      pollIntervalMs: notifications.pollMs,
      onSent: (message, result) => {
        if (!result.ok) this.logger.warn(`${message.key} via ${result.transport ?? '-'}: ${result.error}`);
      },
      onError: (e) => this.logger.error(e instanceof Error ? e.message : String(e)),
    });
    this.delivery.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.delivery?.close();
  }
}
