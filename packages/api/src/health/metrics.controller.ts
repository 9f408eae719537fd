import { Controller, Get, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/decorators';
import { Metrics } from '../observability/metrics';

/**
 * `GET /metrics` for Prometheus (docs/operations.md, "Metrics and logs"). No personal data, so it
 * is public like the health routes, and never rate-limited (a scraper is a probe). With
 * `metrics.port` set the module leaves this controller out and `MetricsServer` serves it instead.
 */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  @Public()
  @RouteConfig({ rateLimit: false })
  @Get()
  async scrape(@Res({ passthrough: true }) reply: FastifyReply) {
    const text = await this.metrics.text();
    reply.type(this.metrics.contentType);
    return text;
  }
}
