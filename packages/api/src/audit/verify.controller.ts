import { storedForm, type StreamVerification, verifyStream } from '@casebook/event-store';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { Roles } from '../auth/decorators';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import { ProblemError, problem } from '../http/problem';
import { AUDITORS } from '../auth/role-sets';
import { pathText } from '../queries/path-id';

/** The store refuses longer ids; say so as a 400 rather than let its error become a 500. */
const MAX_STREAM_ID = 200;

/** The answer's JSON: positions as numbers (a stream never nears 2^53 events). */
export const verificationJson = (v: StreamVerification) => ({
  streamId: v.streamId,
  events: v.events,
  ok: v.ok,
  ...(v.brokenAt ? { brokenAt: { ...v.brokenAt, position: Number(v.brokenAt.position) } } : {}),
});

/**
 * `GET /audit/streams/{streamId}/verify`: recomputes the stream's hash chain and reports the first
 * broken link (docs/audit.md, "Tamper evidence"). A broken chain is a 200 with `ok: false`: the
 * check worked, its finding is the answer.
 */
@Controller('audit/streams')
@Roles(...AUDITORS)
export class VerifyStreamController {
  constructor(@Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig) {}

  @Get(':streamId/verify')
  async verify(@Param('streamId') streamId: string) {
    if (streamId.length > MAX_STREAM_ID) {
      const errors = [{ path: 'streamId', reason: `at most ${MAX_STREAM_ID} characters` }];
      throw new ProblemError(problem(400, 'InvalidInput', 'the stream id is invalid', { errors }));
    }
    pathText(streamId, 'streamId');
    const result = await verifyStream(storedForm(this.config.store), streamId);
    if (!result) throw new ProblemError(problem(404, 'StreamNotFound', `no stream ${streamId}`));
    return verificationJson(result);
  }
}
