import { InMemoryEventStore } from '@casebook/event-store';
import { Controller, Get, Module } from '@nestjs/common';
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

let app: NestFastifyApplication;
let base: string;
beforeAll(async () => {
  @Module({
    imports: [CasebookModule.forRoot({ store: new InMemoryEventStore(), jwtSecret: TEST_SECRET })],
    controllers: [HostController],
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
});
