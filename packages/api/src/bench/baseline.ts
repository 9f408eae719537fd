import { randomUUID } from 'node:crypto';
import {
  complaintAggregate,
  decodeCommand,
  eventSchemaVersions,
  interactionAggregate,
  refundAggregate,
  refundContextFrom,
  type Aggregate,
  isDomainEventType,
  type DomainError,
} from '@casebook/domain';
import { toBatchJson, type StreamAppend } from '@casebook/event-store';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Pool } from 'pg';
import { DEFAULT_APPROVAL_LIMITS } from '../commands/approval-limits';

/**
 * The API bench's baseline: the same durable work per command with nothing of the API around it.
 * A bare Fastify route decodes the command with the aggregate's codec, reads the stream with raw
 * `pg`, folds and decides with the same decider and appends with the same SQL function
 * (`casebook_append`, chain digests included). No token, no command bus, no runner or batcher,
 * no idempotency (the mix sends no keys).
 */
const actor = { kind: 'agent' as const, id: 'bench-agent' };

class Refused extends Error {
  readonly statusCode = 422;
}

interface Loaded<S> {
  readonly state: S;
  readonly version: number;
}

async function load<Id, C extends { readonly type: string }, Ev, S, Ctx, Err extends DomainError>(
  pool: Pool,
  aggregate: Aggregate<Id, C, Ev, S, Ctx, Err>,
  id: Id,
): Promise<Loaded<S>> {
  const { rows } = await pool.query<{ type: string; schema_version: number; data: null }>(
    'SELECT type, schema_version, data FROM events WHERE stream_id = $1 ORDER BY stream_position',
    [aggregate.streamId(id)],
  );
  let state = aggregate.decider.initialState;
  for (const r of rows) {
    const event = aggregate.events.fromStored({
      type: r.type,
      schemaVersion: r.schema_version,
      data: r.data,
    });
    state = aggregate.decider.evolve(state, event);
  }
  return { state, version: rows.length - 1 };
}

function command<Id, C extends { readonly type: string }, Ev, S, Ctx, Err extends DomainError>(
  aggregate: Aggregate<Id, C, Ev, S, Ctx, Err>,
  type: C['type'],
  data: unknown,
): C {
  const decoded = decodeCommand(aggregate.commands, type, data, { now: new Date().toISOString(), actor });
  if (decoded._tag === 'Left') throw new Refused(JSON.stringify(decoded.left));
  return decoded.right;
}

function decide<Id, C extends { readonly type: string }, Ev, S, Ctx, Err extends DomainError>(
  aggregate: Aggregate<Id, C, Ev, S, Ctx, Err>,
  c: C,
  { state, version }: Loaded<S>,
  context?: Ctx,
): StreamAppend {
  const result = aggregate.decider.decide(c, state, context);
  if (result._tag === 'Left') throw new Refused(result.left.message);
  const metadata = {
    actor,
    correlationId: randomUUID(),
    causationId: randomUUID(),
    occurredAt: new Date().toISOString(),
  };
  return {
    streamId: aggregate.streamId(aggregate.idOf(c)),
    expectedVersion: version < 0 ? 'no_stream' : BigInt(version),
    events: result.right.map((e) => {
      const stored = aggregate.events.toStored(e);
      const schemaVersion = isDomainEventType(stored.type) ? eventSchemaVersions[stored.type] : 1;
      return { eventId: randomUUID(), ...stored, schemaVersion, metadata };
    }),
  };
}

const NEW = { version: -1 };

async function append(pool: Pool, appends: StreamAppend[]): Promise<number> {
  // First ids probed only, as the store's own writer does (migration 005).
  const { rows } = await pool.query<{ version: string }>(
    'SELECT * FROM casebook_append($1::jsonb, true, false)',
    [toBatchJson(appends)],
  );
  return Number(rows[0]?.version ?? -1);
}

type Body = Record<string, unknown>;

/** Lost races are decided again on the new head, up to 10 times, as the command runner does. */
async function retrying<T>(attempt: () => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (e) {
      const err = e as { message?: string; code?: string };
      const lost = err.message === 'casebook_append_rejected' || err.code === '23505';
      if (!lost || n >= 10) throw e;
    }
  }
}

/** The four routes of the bench's command mix, on their own Fastify. */
export function baselineServer(pool: Pool): FastifyInstance {
  const bare = Fastify();
  bare.post('/complaints', async (req, reply) => {
    const c = command(complaintAggregate, 'FileComplaint', {
      ...(req.body as Body),
      complaintId: randomUUID(),
    });
    const version = await append(pool, [
      decide(complaintAggregate, c, { ...NEW, state: complaintAggregate.decider.initialState }),
    ]);
    return reply.code(201).send({ id: c.data.complaintId, version });
  });
  bare.post('/interactions', async (req, reply) => {
    const c = command(interactionAggregate, 'StartInteraction', {
      ...(req.body as Body),
      interactionId: randomUUID(),
    });
    const version = await append(pool, [
      decide(interactionAggregate, c, { ...NEW, state: interactionAggregate.decider.initialState }),
    ]);
    return reply.code(201).send({ id: c.data.interactionId, version });
  });
  bare.post<{ Params: { id: string } }>('/complaints/:id/assign', async (req) => {
    const c = command(complaintAggregate, 'AssignComplaint', {
      ...(req.body as Body),
      complaintId: req.params.id,
    });
    const version = await retrying(async () => {
      const loaded = await load(pool, complaintAggregate, c.data.complaintId);
      return append(pool, [decide(complaintAggregate, c, loaded)]);
    });
    return { id: req.params.id, version };
  });
  bare.post('/refunds', async (req, reply) => {
    const c = command(refundAggregate, 'RequestRefund', { ...(req.body as Body), refundId: randomUUID() });
    if (c.type !== 'RequestRefund') throw new Refused('not a refund request');
    const { complaintId, refundId, amount, reason } = c.data;
    const version = await retrying(async () => {
      const complaint = await load(pool, complaintAggregate, complaintId);
      const linked = complaint.state.status === 'none' ? [] : complaint.state.refunds;
      const refunds = new Map(
        await Promise.all(
          linked.map(
            async (r) => [r.refundId, (await load(pool, refundAggregate, r.refundId)).state] as const,
          ),
        ),
      );
      const context = refundContextFrom(complaint.state, refunds, DEFAULT_APPROVAL_LIMITS);
      const link = command(complaintAggregate, 'LinkRefund', { complaintId, refundId, amount, reason });
      return append(pool, [
        decide(refundAggregate, c, { ...NEW, state: refundAggregate.decider.initialState }, context),
        decide(complaintAggregate, link, complaint),
      ]);
    });
    return reply.code(201).send({ id: refundId, version });
  });
  return bare;
}
