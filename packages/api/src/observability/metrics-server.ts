import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import { problem, PROBLEM_CONTENT_TYPE } from '../http/problem';
import { Metrics } from './metrics';

/**
 * `/metrics` on a port of its own (`metrics.port`, METRICS_PORT), so it can stay on an internal
 * network while the API is public. A plain Node server: one route, no auth, nothing to parse.
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private server: Server | undefined;

  constructor(
    @Inject(CASEBOOK_OPTIONS) private readonly config: CasebookConfig,
    private readonly metrics: Metrics,
  ) {}

  /** Where it listens, e.g. `http://127.0.0.1:9464` (port 0 in the options: the one it got). */
  get url(): string {
    const address = this.server?.address() as AddressInfo | null | undefined;
    if (!address) throw new Error('the metrics server is not listening');
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return `http://${host}:${address.port}`;
  }

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.metrics?.port;
    if (port === undefined) return;
    const server = createServer((req, res) => {
      const path = (req.url ?? '').split('?')[0];
      if (req.method === 'GET' && path === '/metrics') {
        this.metrics.text().then(
          (text) => res.writeHead(200, { 'content-type': this.metrics.contentType }).end(text),
          () => reply(res, 503, 'MetricsUnavailable', 'the event store does not answer'),
        );
      } else reply(res, 404, 'NotFound', 'this port serves GET /metrics only');
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, this.config.metrics?.host ?? '0.0.0.0', resolve);
    });
    this.server = server;
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

const reply = (res: ServerResponse, status: number, code: string, detail: string) =>
  res
    .writeHead(status, { 'content-type': PROBLEM_CONTENT_TYPE })
    .end(JSON.stringify(problem(status, code, detail)));
