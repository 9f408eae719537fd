import { randomUUID } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { DEFAULT_RETENTION, personalDataPolicy } from '@casebook/domain';
import { EsdbEventStore, InMemoryKeyring, PersonalDataStore } from '@casebook/event-store';
import { CLOCK_CONTROLLERS } from './audit/clocks.controller';
import { GetComplaintClocksHandler } from './audit/clocks.query';
import { HISTORY_CONTROLLERS } from './audit/history.controller';
import { VerifyStreamController } from './audit/verify.controller';
import { AuthGuard } from './auth/auth.guard';
import { type AuthOptions, TokenVerifier } from './auth/token-verifier';
import { CommandGateway } from './commands/command-gateway';
import { AggregateCommands } from './commands/aggregate-commands';
import { CommandMetrics } from './commands/command-metrics';
import { ComplaintCommandHandler } from './complaints/complaint.handler';
import { CustomerCommandHandler } from './customers/customer.handler';
import { EscalationCommandHandler } from './escalations/escalation.handler';
import { InteractionCommandHandler } from './interactions/interaction.handler';
import { RefundCommandHandler } from './refunds/refund.handler';
import { ReturnCommandHandler } from './returns/return.handler';
import { CASEBOOK_OPTIONS, type CasebookConfig, type CasebookOptions } from './config';
import { HealthController } from './health/health.controller';
import { NotificationsController } from './notifications/notifications.controller';
import { PaymentCallbacksController } from './payments/payment-callbacks.controller';
import { MetricsController } from './health/metrics.controller';
import { ProblemFilter } from './http/problem.filter';
import { Metrics } from './observability/metrics';
import { MetricsServer } from './observability/metrics-server';
import { OutboxDelivery } from './processes/outbox-delivery';
import { ProcessWorkers } from './processes/process-workers';
import { SystemCommands } from './processes/system-commands';
import { ProjectionWorkers } from './projections/projection-workers';
import { IdempotencyGate } from './idempotency/idempotency.gate';
import { IdempotencyPurge } from './idempotency/idempotency.purge';
import { ErasureSweep } from './customers/erasure-sweep';
import { InMemoryIdempotencyStore } from './idempotency/idempotency.memory-store';
import { DEFAULT_IDEMPOTENCY_WINDOWS, PostgresIdempotencyStore } from './idempotency/idempotency.store';
import { OpenApiController } from './openapi/openapi.controller';
import { QueryGateway } from './queries/query-gateway';
import { REPORT_CONTROLLERS } from './reports';
import { RESOURCE_CONTROLLERS, STATE_QUERY_HANDLERS } from './resources';

/** The host's store with customers' personal data sealed, unless the host sealed it already. */
const sealed = ({ store, keyring, pool }: CasebookOptions): PersonalDataStore => {
  if (store instanceof PersonalDataStore) return store;
  if (!keyring && pool)
    throw new Error('a keyring is needed with a database: PostgresKeyring.open(pool, masterKey)');
  return new PersonalDataStore(store, keyring ?? new InMemoryKeyring(), personalDataPolicy);
};

const idempotencyStore = ({ idempotency, idempotencyKeys = {}, pool, store }: CasebookOptions) => {
  if (idempotency) return idempotency;
  const windows = {
    retentionMs: idempotencyKeys.retentionMs ?? DEFAULT_IDEMPOTENCY_WINDOWS.retentionMs,
    abandonedAfterMs: idempotencyKeys.abandonedAfterMs ?? DEFAULT_IDEMPOTENCY_WINDOWS.abandonedAfterMs,
  };
  // Events in EventStoreDB are out of the pool's reach: what a request wrote is looked for there.
  const events = store instanceof PersonalDataStore ? store.inner : store;
  const written = events instanceof EsdbEventStore ? events.writtenUnderKey.bind(events) : undefined;
  return pool ? new PostgresIdempotencyStore(pool, windows, written) : new InMemoryIdempotencyStore(windows);
};

/** `auth`, or the `jwtSecret` shorthand: exactly one. */
const authOf = ({ auth, jwtSecret }: CasebookOptions): AuthOptions => {
  if ((auth === undefined) === (jwtSecret === undefined))
    throw new Error('give the Casebook module one of auth or jwtSecret');
  const chosen = auth ?? { jwtSecret: jwtSecret! };
  if ('jwtSecret' in chosen && chosen.jwtSecret.length < 32)
    throw new Error('the JWT secret must be at least 32 characters');
  return chosen;
};

const resolve = (options: CasebookOptions): CasebookConfig => {
  return {
    ...options,
    verifier: new TokenVerifier(authOf(options)),
    store: sealed(options),
    retention: options.retention ?? DEFAULT_RETENTION,
    idempotency: idempotencyStore(options),
    clock: options.clock ?? (() => new Date()),
    newId: options.newId ?? randomUUID,
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
    const config = resolve(options);
    return {
      module: CasebookModule,
      imports: [CqrsModule.forRoot()],
      controllers: [
        ...RESOURCE_CONTROLLERS,
        ...REPORT_CONTROLLERS,
        ...HISTORY_CONTROLLERS,
        ...CLOCK_CONTROLLERS,
        HealthController,
        ...(options.metrics?.port === undefined ? [MetricsController] : []),
        OpenApiController,
        VerifyStreamController,
        NotificationsController,
        PaymentCallbacksController,
      ],
      providers: [
        { provide: CASEBOOK_OPTIONS, useValue: config },
        { provide: TokenVerifier, useValue: config.verifier },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        CommandGateway,
        QueryGateway,
        IdempotencyGate,
        IdempotencyPurge,
        ErasureSweep,
        AggregateCommands,
        CommandMetrics,
        Metrics,
        MetricsServer,
        CustomerCommandHandler,
        InteractionCommandHandler,
        ComplaintCommandHandler,
        RefundCommandHandler,
        ReturnCommandHandler,
        EscalationCommandHandler,
        ...STATE_QUERY_HANDLERS,
        GetComplaintClocksHandler,
        ProjectionWorkers,
        SystemCommands,
        ProcessWorkers,
        OutboxDelivery,
      ],
      exports: [CASEBOOK_OPTIONS, Metrics],
    };
  }
}
