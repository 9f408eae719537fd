import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { FieldError } from '@casebook/domain';
import type { RunResult, WrittenStream } from '@casebook/event-store';
import type { FastifyRequest } from 'fastify';
import { assertRole } from '../auth/auth.guard';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import { IdempotencyGate } from '../idempotency/idempotency.gate';
import { problemOfRunError } from '../http/map-errors';
import { problemOf } from '../http/problem.filter';
import { etagOf, fromProblem, type HttpOutcome } from '../http/outcome';
import { headerOf } from '../http/request-meta';
import { CommandMetrics } from './command-metrics';
import type { CommandRequest, CommandRoute } from './command-route';
import { decodeRequest, invalid, isOutcome } from './decode-request';

/**
 * The edge of every command route: role, idempotency, decoding into the aggregate's command,
 * `If-Match`, the command bus (one handler per aggregate), and the runner's answer turned into
 * status, headers and body.
 */
@Injectable()
export class CommandGateway {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly idempotency: IdempotencyGate,
    private readonly metrics: CommandMetrics,
    @Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig,
  ) {}

  async handle(route: CommandRoute, req: FastifyRequest, pathId?: string): Promise<HttpOutcome> {
    const caller = req.caller!;
    assertRole(caller, route.roles);
    return this.idempotency.around(
      req,
      caller.sub,
      () => this.counted(route, () => this.execute(route, req, pathId)),
      (written) => this.answerWritten(route, written, pathId),
    );
  }

  /** Counts what the command answered (a replay did not run, so it is not counted here). */
  private async counted(route: CommandRoute, run: () => Promise<HttpOutcome>): Promise<HttpOutcome> {
    try {
      const outcome = await run();
      this.metrics.answered(route.type, outcome.status);
      return outcome;
    } catch (e) {
      this.metrics.answered(route.type, problemOf(e).status);
      throw e;
    }
  }

  private async execute(route: CommandRoute, req: FastifyRequest, pathId?: string): Promise<HttpOutcome> {
    const decoded = decodeRequest(route, req, pathId, this.config.newId);
    if (isOutcome(decoded)) return decoded;
    const caller = req.caller!;
    const request: CommandRequest = {
      caller,
      correlationId: req.id,
      causationId: randomUUID(),
      channel: decoded.channel,
      ifMatch: decoded.ifMatch,
      idempotencyKey: headerOf(req, 'idempotency-key'),
    };
    const metadata = { now: this.config.clock().toISOString(), actor: caller.domainActor };
    const message = route.toMessage(decoded.data, metadata, request);
    if (message._tag === 'Left') return invalid(message.left.map(namedForClient));
    const result = await this.commandBus.execute<typeof message.right, RunResult>(message.right);
    return this.answer(route, decoded.data, result);
  }

  private answer(route: CommandRoute, input: Record<string, unknown>, result: RunResult): HttpOutcome {
    if (result._tag === 'Left') return fromProblem(problemOfRunError(result.left));
    const version = result.right[0]?.version ?? -1n;
    const id = route.creates === undefined ? input[route.pathId ?? ''] : input[route.creates.field];
    return succeeded(route, String(id), version);
  }

  /**
   * The answer `answer` gave, from the streams the request wrote: the first is its first
   * decision's. A create opened it (position 0) and names the new id; an action wrote to the
   * path's stream. Anything else (the first decision wrote nothing) runs the command again.
   */
  private answerWritten(
    route: CommandRoute,
    written: readonly WrittenStream[],
    pathId: string | undefined,
  ): HttpOutcome | undefined {
    const first = written[0];
    if (first === undefined) return undefined;
    const id = idOfStream(first.streamId);
    if (route.creates !== undefined) {
      return first.firstPosition === 0n ? succeeded(route, id, first.lastPosition) : undefined;
    }
    return id === pathId ? succeeded(route, id, first.lastPosition) : undefined;
  }
}

const succeeded = (route: CommandRoute, id: string, version: bigint): HttpOutcome => {
  const headers = { etag: etagOf(version) };
  const body = { id, version: Number(version) };
  if (route.creates === undefined) return { status: 200, headers, body };
  const location = `/${route.creates.resource}/${encodeURIComponent(id)}`;
  return { status: 201, headers: { ...headers, location }, body };
};

/** Every aggregate's stream id is `<kind>-<id>` (e.g. `complaintStreamId`). */
const idOfStream = (streamId: string): string => streamId.slice(streamId.indexOf('-') + 1);

/**
 * The command's metadata comes from the token, not the body: an actor id the domain cannot record
 * (events keep it, e.g. `requestedBy`, and must read back) is the token's subject at fault.
 */
const namedForClient = (e: FieldError): FieldError =>
  e.path.startsWith('metadata.actor')
    ? { path: 'Authorization', reason: `the token's subject cannot be recorded as an actor: ${e.reason}` }
    : e;
