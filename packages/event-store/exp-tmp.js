const { Pool } = require('pg');
const es = require('./dist/index.js');
const { callAppend } = require('./dist/postgres/batcher.js');
const rows = require('./dist/postgres/rows.js');
const { randomUUID, randomBytes } = require('node:crypto');
const metadata = { actor: { kind: 'agent', id: 'agent-1' }, correlationId: randomUUID(), causationId: randomUUID(), occurredAt: new Date().toISOString() };
const ev = () => ({ eventId: randomUUID(), type: 'InteractionLogged', data: { customerId: 'c-1', channel: 'phone', summary: 'Customer called about a late refund', minor: 1999 }, metadata });
const K = Number(process.argv[2] || 4), E = Number(process.argv[3] || 100);
(async () => {
  const batch = Array.from({ length: K }, (_, i) => ({ streamId: `t-${i}`, events: Array.from({ length: E }, ev) }));
  let s = process.hrtime.bigint(); for (let i = 0; i < 200; i++) rows.toBatchJson(batch); console.log('toBatchJson ms', Number(process.hrtime.bigint() - s) / 1e6 / 200);
  const url = 'postgres://postgres@127.0.0.1:5432/test';
  const admin = new Pool({ connectionString: url, max: 1 });
  for (const [name, migs] of [['old', es.eventStoreMigrations.slice(0, 2)], ['new', es.eventStoreMigrations], ['old', es.eventStoreMigrations.slice(0, 2)], ['new', es.eventStoreMigrations]]) {
    const schema = `cb_bench_${randomBytes(4).toString('hex')}`;
    await admin.query(`CREATE SCHEMA ${schema}`);
    const pool = new Pool({ connectionString: url, max: 2, options: `-c search_path=${schema}` });
    await es.runMigrations(pool, migs);
    for (let i = 0; i < 30; i++) await callAppend(pool, Array.from({ length: K }, (_, j) => ({ streamId: `w-${i}-${j}`, events: Array.from({ length: E }, ev) })), false);
    const s = process.hrtime.bigint();
    for (let i = 0; i < 100; i++) await callAppend(pool, Array.from({ length: K }, (_, j) => ({ streamId: `b-${i}-${j}`, events: Array.from({ length: E }, ev) })), false);
    console.log(name, `ms per call of ${K}x${E}`, Number(process.hrtime.bigint() - s) / 1e6 / 100);
    await pool.end();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
  }
  await admin.end();
})();
