import { randomUUID } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthGuard } from './auth/auth.guard';
import { CommandGateway } from './commands/command-gateway';
import { ExecuteCommandHandler } from './commands/execute-command';
import { CASEBOOK_OPTIONS, type CasebookConfig, type CasebookOptions } from './config';
import { HealthController } from './health/health.controller';
import { MetricsController } from './health/metrics.controller';
import { ProblemFilter } from './http/problem.filter';
import { ProjectionWorkers } from './projections/projection-workers';
import { IdempotencyGate } from './idempotency/idempotency.gate';
import { InMemoryIdempotencyStore, PostgresIdempotencyStore } from './idempotency/idempotency.store';
import { OpenApiController } from './openapi/openapi.controller';
import { GetAggregateHandler } from './queries/get-aggregate';
import { QueryGateway } from './queries/query-gateway';
import { REPORT_CONTROLLERS } from './reports';
import { RESOURCE_CONTROLLERS } from './resources';

const resolve = (o: CasebookOptions): CasebookConfig => {
  if (o.jwtSecret.length < 32) throw new Error('the JWT secret must be at least 32 characters');
  return {
    ...o,
    idempotency:
      o.idempotency ?? (o.pool ? new PostgresIdempotencyStore(o.pool) : new InMemoryIdempotencyStore()),
    clock: o.clock ?? (() => new Date()),
    newId: o.newId ?? randomUUID,
  };
};

/**
 * The whole API as a Nest module. It installs a global guard (every route needs a bearer token
 * unless marked `@Public()`) and a global problem-details filter: a host application's own
 * routes are covered too, which is the point.
 */
@Module({})
export class CasebookModule {
  static forRoot(options: CasebookOptions): DynamicModule {
    return {
      module: CasebookModule,
      imports: [CqrsModule.forRoot()],
      controllers: [
        ...RESOURCE_CONTROLLERS,
        ...REPORT_CONTROLLERS,
        HealthController,
        MetricsController,
        OpenApiController,
      ],
      providers: [
        { provide: CASEBOOK_OPTIONS, useValue: resolve(options) },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        CommandGateway,
        QueryGateway,
        IdempotencyGate,
        ExecuteCommandHandler,
        GetAggregateHandler,
        ProjectionWorkers,
      ],
      exports: [CASEBOOK_OPTIONS],
    };
  }
}
