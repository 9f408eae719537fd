export * from './test-database';
export * from './contract';
export { chainExample } from './chain-example';
export * from './own-postgres';
export { startEsdbTestServer, type EsdbTestServer, type EsdbTestServerOptions } from './esdb-test-server';
