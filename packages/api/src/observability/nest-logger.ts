import type { LoggerService } from '@nestjs/common';
import type { FastifyBaseLogger } from 'fastify';

/** Nest's own start-up chatter: debug, so an `info` log shows the service's lines only. */
const FRAMEWORK = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
]);

type Level = 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'trace';

/**
 * Nest's logger written through Fastify's pino: every line of the process is one JSON object, the
 * Nest context (`projections`, `idempotency`, ...) as a field. Nest calls `error(message, stack?,
 * context?)` and the others `(message, context?)`: the last string is the context.
 */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: FastifyBaseLogger) {}

  log(message: unknown, ...params: unknown[]): void {
    const context = contextOf(params);
    this.write(context !== undefined && FRAMEWORK.has(context) ? 'debug' : 'info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    const context = contextOf(params);
    const rest = context === undefined ? params : params.slice(0, -1);
    const fields: Record<string, unknown> = { context };
    // Nest passes an error's stack as the string before the context.
    if (rest.length === 1 && typeof rest[0] === 'string') fields.stack = rest[0];
    else if (rest.length > 0) fields.details = rest;
    if (message instanceof Error) this.logger[level]({ ...fields, err: message }, message.message);
    else if (typeof message === 'string') this.logger[level](fields, message);
    else this.logger[level]({ ...fields, data: message });
  }
}

const contextOf = (params: unknown[]): string | undefined => {
  const last = params[params.length - 1];
  return params.length > 0 && typeof last === 'string' ? last : undefined;
};
