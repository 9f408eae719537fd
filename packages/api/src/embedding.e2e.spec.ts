import { InMemoryEventStore } from '@casebook/event-store';
import {
  Controller,
  Get,
  Injectable,
  Module,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { map } from 'rxjs';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { CasebookModule, Public, signToken } from './index';
import { TEST_SECRET } from './testing';
import { filing } from './testing/fixtures';

/** The docs/api.md example: a host application importing CasebookModule.forRoot. */
@Controller('host')
class HostController {
  @Public()
  @Get('hello')
  hello() {
    return { hello: 'world' };
  }

  @Get('private')
  secret() {
    return { secret: true };
  }
}

/** A host's interceptor (an audit log, an envelope): it must see what casebook's routes answer. */
@Injectable()
class SeenBy implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler) {
    return next
      .handle()
      .pipe(
        map((body: unknown) =>
          typeof body === 'object' && body !== null ? { ...body, seenBy: 'host' } : body,
        ),
      );
  }
}

let app: NestFastifyApplication;
let base: string;
beforeAll(async () => {
  @Module({
    imports: [CasebookModule.forRoot({ store: new InMemoryEventStore(), jwtSecret: TEST_SECRET })],
    controllers: [HostController],
    providers: [{ provide: APP_INTERCEPTOR, useClass: SeenBy }],
  })
  class HostModule {}
  app = await NestFactory.create<NestFastifyApplication>(HostModule, new FastifyAdapter(), { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = await app.getUrl();
});
afterAll(() => app.close());

describe('CasebookModule inside another Nest application', () => {
  it('serves the casebook routes beside the host’s, under the same guard', async () => {
    expect((await fetch(`${base}/host/hello`)).status).toBe(200);
    expect((await fetch(`${base}/host/private`)).status).toBe(401);
    const token = signToken({ sub: 'ana', roles: ['agent'] }, TEST_SECRET);
    const res = await fetch(`${base}/complaints`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(filing()),
    });
    expect(res.status).toBe(201);
  });

  it('lets the host’s interceptors see the answers of commands and reads', async () => {
    const agent = { authorization: `Bearer ${signToken({ sub: 'ana', roles: ['agent'] }, TEST_SECRET)}` };
    const filed = await fetch(`${base}/complaints`, {
      method: 'POST',
      headers: { ...agent, 'content-type': 'application/json' },
      body: JSON.stringify(filing()),
    });
    const created = (await filed.json()) as { id: string; seenBy?: string };
    expect(created).toMatchObject({ version: 0, seenBy: 'host' });
    expect(filed.headers.get('location')).toBe(`/complaints/${created.id}`);
    const read = await fetch(`${base}/complaints/${created.id}`, { headers: agent });
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('W/"0"');
    expect(await read.json()).toMatchObject({ state: { status: 'open' }, seenBy: 'host' });
    const missing = await fetch(`${base}/complaints/c-none`, { headers: agent });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
