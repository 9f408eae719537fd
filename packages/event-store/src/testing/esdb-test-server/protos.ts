import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as shared from '@eventstore/db-client/generated/shared_pb';
import * as features from '@eventstore/db-client/generated/serverfeatures_pb';
import * as featuresGrpc from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import * as status from '@eventstore/db-client/generated/status_pb';
import * as streams from '@eventstore/db-client/generated/streams_pb';
import * as streamsGrpc from '@eventstore/db-client/generated/streams_grpc_pb';

/**
 * The client's own generated service definitions and message classes: its serializers check
 * `instanceof`, so the server must build replies from the very same classes. google-protobuf's
 * well-known types (Any, Empty, Timestamp) are resolved from the client's own dependency for the
 * same reason; with pnpm they are not ours to import by name.
 */
const clientDir = dirname(require.resolve('@eventstore/db-client/package.json'));
const clientRequire = createRequire(join(clientDir, 'package.json'));
const wellKnown = <T>(name: string): T => clientRequire(`google-protobuf/google/protobuf/${name}_pb`) as T;

export interface AnyMessage {
  pack(serialized: Uint8Array, name: string): void;
}
export const { Any } = wellKnown<{ Any: new () => AnyMessage }>('any');
export const { Empty: GoogleEmpty } = wellKnown<{ Empty: new () => never }>('empty');

export { features, featuresGrpc, shared, status, streams, streamsGrpc };

/** gRPC's code for a failed precondition, what the server uses for a wrong expected version. */
export const FAILED_PRECONDITION = 9;

/** A UUID message as either wire form (the client sends strings; structured is the default). */
export function uuidOf(id: shared.UUID | undefined): string {
  if (!id) return '';
  if (id.hasString()) return id.getString();
  const s = id.getStructured()!;
  const hex =
    BigInt.asUintN(64, BigInt(s.getMostSignificantBits())).toString(16).padStart(16, '0') +
    BigInt.asUintN(64, BigInt(s.getLeastSignificantBits())).toString(16).padStart(16, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const streamNameOf = (id: shared.StreamIdentifier | undefined): string =>
  Buffer.from(id?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');

export function streamIdentifier(name: string): shared.StreamIdentifier {
  const id = new shared.StreamIdentifier();
  id.setStreamName(Buffer.from(name, 'utf8'));
  return id;
}
