import { InMemoryEventStore } from '@casebook/event-store';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../app/create-app';
import { signToken } from '../auth/jwt';
import { TEST_SECRET } from '../testing';

/** A store that fails the way a lost database does, with internals in its message. */
class BrokenStore extends InMemoryEventStore {
  override readStream(): never {
    throw new Error('connect ECONNREFUSED 10.0.0.7:5432 password=hunter2');
  }
}

let app: NestFastifyApplication;
beforeAll(async () => {
  app = await createApp({ store: new BrokenStore(), jwtSecret: TEST_SECRET, logLevel: 'silent' });
  await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => app.close());

it('answers 500 as a problem that leaks neither stack nor message', async () => {
  const token = signToken({ sub: 'ana', roles: ['agent'] }, TEST_SECRET);
  const res = await fetch(`${await app.getUrl()}/complaints/c-1`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const text = await res.text();
  expect(res.status).toBe(500);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(JSON.parse(text)).toMatchObject({ status: 500, code: 'InternalError' });
  expect(text).not.toMatch(/ECONNREFUSED|hunter2|at |\.ts:/);
});
