import { ProcessRunner, TimerWorker, type ProcessManager } from '@casebook/projections';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import { processManagers } from './managers';
import { SystemCommands } from './system-commands';

/**
 * Runs the process managers (SLA clocks, refunds, notifications) inside this process when it has
 * PostgreSQL and `processes.run` is not false: one runner per process (one owner across all
 * processes, as projections) and one timer worker (any number across processes: timers are
 * claimed, never shared). `pnpm worker` runs the same without HTTP.
 */
@Injectable()
export class ProcessWorkers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('processes');
  private runners: ProcessRunner[] = [];
  private timerWorker: TimerWorker | undefined;
  readonly managers: readonly ProcessManager[];

  constructor(
    @Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig,
    private readonly commands: SystemCommands,
  ) {
    this.managers = processManagers(config);
  }

  /** The timer worker, when this process runs one: tests fire due timers through it. */
  get timers(): TimerWorker | undefined {
    return this.timerWorker;
  }

  onApplicationBootstrap(): void {
    const { pool, store, clock } = this.config;
    const settings = this.config.processes ?? {};
    if (!pool || settings.run === false) return;
    const onError = (name: string) => (e: unknown) =>
      this.logger.error(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    this.timerWorker = new TimerWorker({
      pool,
      store,
      clock,
      commands: this.commands,
      processes: this.managers,
      pollIntervalMs: settings.timerPollMs,
      onError: onError('timers'),
    });
    this.runners = this.managers.map(
      (process) =>
        new ProcessRunner({
          pool,
          store,
          process,
          clock,
          pollIntervalMs: settings.pollIntervalMs,
          onCommitted: () => this.timerWorker?.nudge(),
          onError: onError(process.name),
        }),
    );
    for (const runner of this.runners) runner.start();
    this.timerWorker.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.runners.splice(0).map((r) => r.stop()), this.timerWorker?.stop()]);
  }
}
