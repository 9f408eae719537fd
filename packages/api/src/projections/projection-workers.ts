import { type AnyProjection, ProjectionRunner, projections } from '@casebook/projections';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';

/**
 * Runs the read models' workers inside the API process (`projections.run`, on by default when
 * the API has PostgreSQL), so a first run shows reports updating live. With several API
 * processes, each projection still has one active runner: the others wait to take over.
 * `casebook projections run` runs the same workers in a process of their own instead.
 */
@Injectable()
export class ProjectionWorkers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('projections');
  private runners: ProjectionRunner[] = [];

  constructor(@Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig) {}

  /** The models this API reports on, whether or not it runs their workers. */
  get models(): readonly AnyProjection[] {
    return projections;
  }

  onApplicationBootstrap(): void {
    const { pool, store } = this.config;
    if (!pool || this.config.projections?.run === false) return;
    this.runners = projections.map(
      (projection) =>
        new ProjectionRunner({
          pool,
          store,
          projection,
          pageSize: this.config.projections?.pageSize,
          onError: (e) =>
            this.logger.error(`${projection.name}: ${e instanceof Error ? e.message : String(e)}`),
        }),
    );
    for (const runner of this.runners) runner.start();
  }

  /** Pages in flight commit or roll back before the pool closes. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.runners.splice(0).map((r) => r.stop()));
  }
}
