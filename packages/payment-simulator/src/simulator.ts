import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { CallbackSender, type CallbackEvent } from './callbacks';
import { decodeRefundRequest, outcomeOf, sameRequest, type ProviderRefund } from './refunds';

export interface SimulatorOptions {
  /** Where signed callbacks go (casebook's `POST /payments/callbacks`). */
  readonly callbackUrl: string;
  readonly callbackSecret: string;
  /** How long after acceptance the outcome's callback is sent (default 200 ms). */
  readonly settleDelayMs?: number;
  readonly retryMs?: number;
}

export interface Simulator {
  readonly server: Server;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024;

const send = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

const readBody = (req: IncomingMessage): Promise<unknown> =>
  new Promise((resolve) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > MAX_BODY) req.destroy();
    });
    req.on('end', () => {
      try {
        resolve(text === '' ? {} : JSON.parse(text));
      } catch {
        resolve(undefined);
      }
    });
  });

/**
 * A payment provider in one small HTTP server, for tests and demos (docs/processes.md, "Refunds
 * through a payment provider", has the interface a real provider's adapter meets). The payment
 * reference picks the outcome: `refuse_…` refused at once, `fail_…` accepted then failed by
 * callback, anything else accepted then settled by callback.
 */
export function createSimulator(options: SimulatorOptions): Simulator {
  const refunds = new Map<string, ProviderRefund>();
  const callbacks = new CallbackSender({
    url: options.callbackUrl,
    secret: options.callbackSecret,
    retryMs: options.retryMs,
  });
  let outageUntil = 0;
  let events = 0;

  const createRefund = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || key.length === 0 || key.length > 200)
      return send(res, 400, { error: 'invalid_request', field: 'Idempotency-Key' });
    const decoded = decodeRefundRequest(await readBody(req));
    if (!decoded.ok) return send(res, 400, { error: 'invalid_request', field: decoded.field });
    const existing = refunds.get(key);
    if (existing !== undefined) {
      existing.requests += 1;
      if (!sameRequest(existing, decoded.value))
        return send(res, 409, { error: 'idempotency_conflict', field: 'Idempotency-Key' });
      return send(res, 200, existing);
    }
    const outcome = outcomeOf(decoded.value.paymentReference);
    const refund: ProviderRefund = {
      id: `sim_re_${refunds.size + 1}`,
      idempotencyKey: key,
      ...decoded.value,
      status: outcome === 'refuse' ? 'refused' : 'pending',
      ...(outcome === 'refuse' ? { reason: 'the payment cannot be refunded' } : {}),
      requests: 1,
    };
    refunds.set(key, refund);
    if (outcome !== 'refuse') {
      const event: CallbackEvent = {
        id: `sim_evt_${++events}`,
        type: outcome === 'fail' ? 'refund.failed' : 'refund.settled',
        created: new Date().toISOString(),
        data: {
          id: refund.id,
          idempotencyKey: key,
          ...(outcome === 'fail' ? { failureReason: 'the card account is closed' } : {}),
        },
      };
      callbacks.send(event, options.settleDelayMs ?? 200);
    }
    send(res, 201, refund);
  };

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'POST' && path === '/_control/outage') {
      const { ms } = ((await readBody(req)) ?? {}) as { ms?: unknown };
      if (!Number.isSafeInteger(ms) || (ms as number) < 0) return send(res, 400, { field: 'ms' });
      outageUntil = Date.now() + (ms as number);
      return send(res, 200, { until: new Date(outageUntil).toISOString() });
    }
    if (req.method === 'GET' && path === '/_control/refunds') return send(res, 200, [...refunds.values()]);
    if (req.method === 'GET' && path === '/_control/callbacks') return send(res, 200, callbacks.deliveries);
    if (Date.now() < outageUntil) return send(res, 503, { error: 'unavailable' });
    if (req.method === 'POST' && path === '/v1/refunds') return createRefund(req, res);
    send(res, 404, { error: 'not_found' });
  };

  const server = createServer((req, res) => {
    route(req, res).catch((e: unknown) => send(res, 500, { error: String(e) }));
  });
  return {
    server,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve) =>
        server.listen(port, host, () => resolve((server.address() as { port: number }).port)),
      ),
    close: () =>
      new Promise((resolve) => {
        callbacks.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
