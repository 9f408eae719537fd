import type * as grpc from '@grpc/grpc-js';
import type { AppendOutcome, EventLog, Expected, ProposedEvent } from './log';
import {
  Any,
  FAILED_PRECONDITION,
  GoogleEmpty,
  shared,
  status,
  streamIdentifier,
  streamNameOf,
  streams,
  uuidOf,
} from './protos';

type Proposed = streams.AppendReq.ProposedMessage | streams.BatchAppendReq.ProposedMessage;

const proposed = (m: Proposed): ProposedEvent => ({
  id: uuidOf(m.getId()),
  type: m.getMetadataMap().get('type') ?? '',
  contentType: m.getMetadataMap().get('content-type') ?? 'application/octet-stream',
  data: m.getData_asU8(),
  customMetadata: m.getCustomMetadata_asU8(),
});

function expectedOf(o: streams.AppendReq.Options): Expected {
  if (o.hasNoStream()) return 'no_stream';
  if (o.hasStreamExists()) return 'stream_exists';
  if (o.hasAny()) return 'any';
  return BigInt(o.getRevision());
}

function batchExpectedOf(o: streams.BatchAppendReq.Options): Expected {
  if (o.hasNoStream()) return 'no_stream';
  if (o.hasStreamExists()) return 'stream_exists';
  if (o.hasAny()) return 'any';
  return BigInt(o.getStreamPosition());
}

/** `Append`: a client stream of options then events; a wrong version is a successful reply. */
export const appendHandler =
  (log: EventLog): grpc.handleClientStreamingCall<streams.AppendReq, streams.AppendResp> =>
  (call, callback) => {
    let options: streams.AppendReq.Options | undefined;
    const events: ProposedEvent[] = [];
    call.on('data', (req: streams.AppendReq) => {
      if (req.hasOptions()) options = req.getOptions();
      else events.push(proposed(req.getProposedMessage()!));
    });
    call.on('end', () => {
      log.calls.append++;
      if (log.stallAppends) return;
      const name = streamNameOf(options?.getStreamIdentifier());
      callback(null, appendResp(log.append(name, expectedOf(options!), events)));
    });
  };

function appendResp(outcome: AppendOutcome): streams.AppendResp {
  const resp = new streams.AppendResp();
  if (outcome.ok) {
    const success = new streams.AppendResp.Success();
    success.setCurrentRevision(outcome.revision.toString());
    const position = new streams.AppendResp.Position();
    position.setCommitPosition(outcome.position.toString());
    position.setPreparePosition(outcome.position.toString());
    success.setPosition(position);
    resp.setSuccess(success);
    return resp;
  }
  const wrong = new streams.AppendResp.WrongExpectedVersion();
  if (outcome.current === 'no_stream') wrong.setCurrentNoStream(new shared.Empty());
  else wrong.setCurrentRevision(outcome.current.toString());
  if (outcome.expected === 'no_stream') wrong.setExpectedNoStream(new shared.Empty());
  else if (outcome.expected === 'stream_exists') wrong.setExpectedStreamExists(new shared.Empty());
  else if (outcome.expected === 'any') wrong.setExpectedAny(new shared.Empty());
  else wrong.setExpectedRevision(outcome.expected.toString());
  resp.setWrongExpectedVersion(wrong);
  return resp;
}

/**
 * `BatchAppend`: one duplex stream per client carries many appends, told apart by correlation id;
 * an append may span several requests until `is_final`. A wrong version is a `google.rpc.Status`.
 */
export const batchAppendHandler =
  (log: EventLog): grpc.handleBidiStreamingCall<streams.BatchAppendReq, streams.BatchAppendResp> =>
  (call) => {
    const pending = new Map<string, { options?: streams.BatchAppendReq.Options; events: ProposedEvent[] }>();
    call.on('data', (req: streams.BatchAppendReq) => {
      const correlation = uuidOf(req.getCorrelationId());
      const entry = pending.get(correlation) ?? { events: [] };
      if (req.hasOptions()) entry.options = req.getOptions();
      entry.events.push(...req.getProposedMessagesList().map(proposed));
      pending.set(correlation, entry);
      if (!req.getIsFinal()) return;
      log.calls.batchAppend++;
      if (log.stallAppends) return;
      pending.delete(correlation);
      const name = streamNameOf(entry.options?.getStreamIdentifier());
      const outcome = log.append(name, batchExpectedOf(entry.options!), entry.events);
      call.write(batchResp(req.getCorrelationId()!, name, outcome));
    });
    call.on('end', () => call.end());
  };

function batchResp(correlation: shared.UUID, name: string, outcome: AppendOutcome): streams.BatchAppendResp {
  const resp = new streams.BatchAppendResp();
  resp.setCorrelationId(correlation);
  resp.setStreamIdentifier(streamIdentifier(name));
  if (outcome.ok) {
    const success = new streams.BatchAppendResp.Success();
    success.setCurrentRevision(outcome.revision.toString());
    const position = new shared.AllStreamPosition();
    position.setCommitPosition(outcome.position.toString());
    position.setPreparePosition(outcome.position.toString());
    success.setPosition(position);
    resp.setSuccess(success);
    return resp;
  }
  const wrong = new shared.WrongExpectedVersion();
  if (outcome.current === 'no_stream') wrong.setCurrentNoStream(new GoogleEmpty());
  else wrong.setCurrentStreamRevision(outcome.current.toString());
  if (outcome.expected === 'no_stream') wrong.setExpectedNoStream(new GoogleEmpty());
  else if (outcome.expected === 'stream_exists') wrong.setExpectedStreamExists(new GoogleEmpty());
  else if (outcome.expected === 'any') wrong.setExpectedAny(new GoogleEmpty());
  else wrong.setExpectedStreamPosition(outcome.expected.toString());
  const details = new Any();
  details.pack(wrong.serializeBinary(), 'event_store.client.WrongExpectedVersion');
  const error = new status.Status();
  error.setCode(FAILED_PRECONDITION);
  error.setMessage('WrongExpectedVersion');
  error.setDetails(details as never);
  resp.setError(error);
  return resp;
}
