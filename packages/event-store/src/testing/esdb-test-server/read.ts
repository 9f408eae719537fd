import type * as grpc from '@grpc/grpc-js';
import type { EventLog, LoggedEvent } from './log';
import { shared, streamIdentifier, streamNameOf, streams } from './protos';

type Options = streams.ReadReq.Options;
type Call = grpc.ServerWritableStream<streams.ReadReq, streams.ReadResp>;
const BACKWARDS = streams.ReadReq.Options.ReadDirection.BACKWARDS;

/**
 * `Read`: a stream read, an `$all` read, or a catch-up subscription to `$all` (catch-up, then
 * live), with EventStoreDB's stream-name and event-type filters (prefixes or a regex).
 */
export const readHandler =
  (log: EventLog): grpc.handleServerStreamingCall<streams.ReadReq, streams.ReadResp> =>
  (call) => {
    const options = call.request.getOptions()!;
    if (options.hasSubscription()) return subscribe(log, options, call);
    if (options.hasStream()) return readStream(log, options, call);
    const all = options.getAll()!;
    const backwards = options.getReadDirection() === BACKWARDS;
    const from = all.hasPosition() ? BigInt(all.getPosition()!.getCommitPosition()) : undefined;
    const start = all.hasEnd() ? undefined : from;
    const selected = backwards
      ? log.all.filter((e) => start === undefined || e.position <= start).reverse()
      : log.all.filter((e) => all.hasEnd() || start === undefined || e.position >= start);
    send(call, selected.filter(matcher(options)).slice(0, Number(options.getCount())));
    call.end();
  };

function readStream(log: EventLog, options: Options, call: Call): void {
  const o = options.getStream()!;
  const stream = log.stream(streamNameOf(o.getStreamIdentifier()));
  if (!stream) {
    // In-band, not a gRPC error: the client turns it into StreamNotFoundError.
    const notFound = new streams.ReadResp.StreamNotFound();
    notFound.setStreamIdentifier(o.getStreamIdentifier());
    const resp = new streams.ReadResp();
    resp.setStreamNotFound(notFound);
    call.write(resp);
    return void call.end();
  }
  const backwards = options.getReadDirection() === BACKWARDS;
  const from = o.hasRevision() ? BigInt(o.getRevision()) : undefined;
  const selected = backwards
    ? stream.filter((e) => !o.hasStart() && (from === undefined || e.revision <= from)).reverse()
    : stream.filter((e) => !o.hasEnd() && (from === undefined || e.revision >= from));
  send(call, selected.slice(0, Number(options.getCount())));
  call.end();
}

function subscribe(log: EventLog, options: Options, call: Call): void {
  const all = options.getAll()!;
  const matches = matcher(options);
  // Exclusive: a subscription from a position delivers what comes after it.
  let after = all.hasPosition() ? BigInt(all.getPosition()!.getCommitPosition()) : -1n;
  if (all.hasEnd()) after = log.all[log.all.length - 1]?.position ?? -1n;
  const confirmation = new streams.ReadResp.SubscriptionConfirmation();
  confirmation.setSubscriptionId(`test-${Date.now()}`);
  const confirm = new streams.ReadResp();
  confirm.setConfirmation(confirmation);
  call.write(confirm);
  const pump = () => {
    const fresh = log.all.filter((e) => e.position > after);
    if (fresh.length === 0) return;
    after = fresh[fresh.length - 1]!.position;
    send(call, fresh.filter(matches));
    if (options.hasFilter()) call.write(checkpoint(after));
  };
  pump();
  log.on('appended', pump);
  const stop = () => log.off('appended', pump);
  call.on('cancelled', stop);
  call.on('close', stop);
}

function matcher(options: Options): (e: LoggedEvent) => boolean {
  if (!options.hasFilter()) return () => true;
  const f = options.getFilter()!;
  const onStream = f.hasStreamIdentifier();
  const expr = onStream ? f.getStreamIdentifier()! : f.getEventType()!;
  const prefixes = expr.getPrefixList();
  const regex = expr.getRegex() ? new RegExp(expr.getRegex()) : undefined;
  return (e) => {
    const value = onStream ? e.streamId : e.type;
    return regex ? regex.test(value) : prefixes.some((p) => value.startsWith(p));
  };
}

function send(call: Call, events: readonly LoggedEvent[]): void {
  for (const e of events) {
    const recorded = new streams.ReadResp.ReadEvent.RecordedEvent();
    const id = new shared.UUID();
    id.setString(e.id);
    recorded.setId(id);
    recorded.setStreamIdentifier(streamIdentifier(e.streamId));
    recorded.setStreamRevision(e.revision.toString());
    recorded.setCommitPosition(e.position.toString());
    recorded.setPreparePosition(e.position.toString());
    recorded.getMetadataMap().set('type', e.type);
    recorded.getMetadataMap().set('content-type', e.contentType);
    recorded.getMetadataMap().set('created', e.created.toString());
    recorded.setData(e.data);
    recorded.setCustomMetadata(e.customMetadata);
    const read = new streams.ReadResp.ReadEvent();
    read.setEvent(recorded);
    read.setCommitPosition(e.position.toString());
    const resp = new streams.ReadResp();
    resp.setEvent(read);
    call.write(resp);
  }
}

function checkpoint(position: bigint): streams.ReadResp {
  const c = new streams.ReadResp.Checkpoint();
  c.setCommitPosition(position.toString());
  c.setPreparePosition(position.toString());
  const resp = new streams.ReadResp();
  resp.setCheckpoint(c);
  return resp;
}
