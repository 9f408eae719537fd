/**
 * @casebook/api: the HTTP API as a Nest module (`CasebookModule.forRoot`), a ready Fastify app
 * (`createApp`), and what embedding needs: migrations, token signing, the route tables.
 */
export { CasebookModule } from './casebook.module';
export { CASEBOOK_OPTIONS, type CasebookOptions } from './config';
export { createApp, type AppOptions } from './app/create-app';
export { migrateApi, openDatabase, type Database } from './app/database';
export { signToken, ROLES, type Role, type Claims } from './auth/jwt';
export {
  TokenVerifier,
  type AuthOptions,
  type JwksAuth,
  type SecretAuth,
  type TokenChecks,
} from './auth/token-verifier';
export { Public, Roles } from './auth/decorators';
export type { Caller } from './auth/caller';
export { COMMAND_ROUTES, READ_ROUTES } from './resources';
export { casebookDocument } from './openapi/casebook-document';
export type { CommandRoute } from './commands/command-route';
export type { Problem } from './http/problem';
export { DEFAULT_APPROVAL_LIMITS } from './commands/approval-limits';
export { idempotencyMigrations, type IdempotencyStore } from './idempotency/idempotency.store';
export { OutboxDelivery } from './processes/outbox-delivery';
export type { NotificationSettings } from './processes/notification-settings';
