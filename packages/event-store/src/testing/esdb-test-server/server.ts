import * as grpc from '@grpc/grpc-js';
import { appendHandler, batchAppendHandler } from './append';
import { EventLog } from './log';
import { features, featuresGrpc, streamsGrpc } from './protos';
import { readHandler } from './read';

export interface EsdbTestServerOptions {
  /**
   * Advertise `BatchAppend` in the features probe (the client then appends over it). When false
   * the probe answers UNIMPLEMENTED, as an old server does, and the client falls back to `Append`.
   */
  readonly batchAppend: boolean;
}

export interface EsdbTestServer {
  /** A connection string for the client: one node on loopback, no TLS, no discovery. */
  readonly url: string;
  readonly log: EventLog;
  close(): Promise<void>;
}

/**
 * A protocol-level stand-in for EventStoreDB: its gRPC `Streams` service (Append, BatchAppend,
 * Read of streams, `$all` and subscriptions) and the features probe, on loopback, built from the
 * client package's own generated code. It proves our adapter drives the real client correctly;
 * it does not prove what a real server does (clustering, durability, its exact filter and
 * checkpoint timing). docs/architecture.md says what it covers.
 */
export async function startEsdbTestServer(options: EsdbTestServerOptions): Promise<EsdbTestServer> {
  const log = new EventLog();
  const server = new grpc.Server();
  server.addService(streamsGrpc.StreamsService, {
    read: readHandler(log),
    append: appendHandler(log),
    batchAppend: batchAppendHandler(log),
    delete: unimplemented,
    tombstone: unimplemented,
  });
  if (options.batchAppend) {
    server.addService(featuresGrpc.ServerFeaturesService, {
      getSupportedMethods: (_call: unknown, callback: grpc.sendUnaryData<features.SupportedMethods>) =>
        callback(null, supportedMethods()),
    });
  }
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) =>
      e ? reject(e) : resolve(p),
    ),
  );
  return {
    url: `esdb://127.0.0.1:${port}?tls=false`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        log.removeAllListeners();
        // Live subscriptions never end by themselves: cut them after a grace period.
        const force = setTimeout(() => server.forceShutdown(), 200);
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      }),
  };
}

function supportedMethods(): features.SupportedMethods {
  const methods = new features.SupportedMethods();
  methods.setEventStoreServerVersion('23.10.0-casebook-test');
  for (const name of ['read', 'append', 'batchappend']) {
    const m = new features.SupportedMethod();
    m.setServiceName('event_store.client.streams.streams');
    m.setMethodName(name);
    methods.addMethods(m);
  }
  return methods;
}

const unimplemented = (_call: unknown, callback: grpc.sendUnaryData<never>) =>
  callback({ code: grpc.status.UNIMPLEMENTED, details: 'not in the test server' }, null);
