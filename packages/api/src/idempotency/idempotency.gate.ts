import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { jcs, type WrittenStream } from '@casebook/event-store';
import type { FastifyRequest } from 'fastify';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import { fromProblem, type HttpOutcome } from '../http/outcome';
import { problem } from '../http/problem';
import { headerOf } from '../http/request-meta';
import { Metrics } from '../observability/metrics';

const KEY = /^[\x21-\x7e]{1,255}$/;

/** Outcomes worth replaying: what the command did (or the rule that refused it), not transient trouble. */
const replayable = (status: number) => (status >= 200 && status < 300) || status === 422;

/**
 * The answer a request gave, rebuilt from the streams it wrote (first decision's stream first);
 * `undefined` when they do not say enough, and the command runs again.
 */
export type AnswerWritten = (written: readonly WrittenStream[]) => HttpOutcome | undefined;

/** A command's answer; `rebuildable` when `AnswerWritten` gives it back from the events it wrote. */
export interface CommandOutcome extends HttpOutcome {
  readonly rebuildable?: boolean;
}

/**
 * `Idempotency-Key` for every POST, scoped to the caller: the first request claims the key, a retry
 * with the same method, path and body gets the first answer back and writes nothing, another body
 * under the same key is refused. A retry that takes over a claim abandoned by a process that died
 * first looks for the events that request wrote (they carry the key) and answers from them.
 */
@Injectable()
export class IdempotencyGate {
  constructor(
    @Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig,
    private readonly metrics: Metrics,
  ) {}

  async around(
    req: FastifyRequest,
    scope: string,
    run: () => Promise<CommandOutcome>,
    answerWritten: AnswerWritten,
  ): Promise<HttpOutcome> {
    const key = headerOf(req, 'idempotency-key');
    if (key === undefined) return run();
    if (!KEY.test(key)) {
      const errors = [{ path: 'Idempotency-Key', reason: 'expected 1-255 visible ASCII characters' }];
      return fromProblem(problem(400, 'InvalidInput', 'the Idempotency-Key header is invalid', { errors }));
    }
    const store = this.config.idempotency;
    const claim = await store.claim(scope, key, requestHash(req));
    switch (claim.kind) {
      case 'replay':
        return this.replayed(claim.outcome);
      case 'mismatch':
        return fromProblem(
          problem(
            422,
            'IdempotencyKeyReused',
            'this Idempotency-Key was used with another request; use a new key',
          ),
        );
      case 'in_progress': {
        // Still running, or done and answered from its events (`runClaimed`): those say which.
        const recovered =
          claim.since &&
          store.answersFromEvents &&
          (await this.recover(scope, key, claim.since, answerWritten));
        if (recovered) return this.replayed(recovered);
        return fromProblem(
          problem(
            409,
            'IdempotencyKeyInProgress',
            'a request with this Idempotency-Key is still running; retry later',
          ),
        );
      }
      case 'fresh': {
        const recovered =
          claim.abandonedAt && (await this.recover(scope, key, claim.abandonedAt, answerWritten));
        return recovered ? this.replayed(recovered) : this.runClaimed(scope, key, run);
      }
    }
  }

  /** The first answer of a request whose process died after appending, before completing its key. */
  private async recover(
    scope: string,
    key: string,
    since: Date,
    answerWritten: AnswerWritten,
  ): Promise<HttpOutcome | undefined> {
    const store = this.config.idempotency;
    const written = await store.written(scope, key, since);
    const outcome = answerWritten(written);
    if (outcome !== undefined) await store.complete(scope, key, outcome);
    return outcome;
  }

  private replayed(outcome: HttpOutcome): HttpOutcome {
    this.metrics.idempotentReplays.inc();
    return { ...outcome, headers: { ...outcome.headers, 'idempotent-replayed': 'true' } };
  }

  private async runClaimed(
    scope: string,
    key: string,
    run: () => Promise<CommandOutcome>,
  ): Promise<HttpOutcome> {
    const store = this.config.idempotency;
    let outcome: CommandOutcome;
    try {
      outcome = await run();
    } catch (e) {
      // It may have appended before it threw (a 503 after the commit was lost on the wire).
      await store.fail(scope, key).catch(() => undefined);
      throw e;
    }
    // Outside the try: a throw here leaves the claim in progress, as a process dying here would.
    await this.config.idempotencyKeys?.afterRun?.();
    const { rebuildable, ...answer } = outcome;
    // The events it wrote carry the key and say the answer: a retry finds them (`in_progress`
    // above), so storing the answer as well would cost a statement per command for nothing.
    if (rebuildable === true && store.answersFromEvents) return answer;
    if (replayable(answer.status)) await store.complete(scope, key, answer);
    else await store.release(scope, key);
    return answer;
  }
}

/** What makes two requests "the same": method, path (with query) and the body's canonical JSON. */
const requestHash = (req: FastifyRequest): string =>
  createHash('sha256')
    .update(`${req.method} ${req.url}\n${jcs(req.body ?? null)}`)
    .digest('hex');
