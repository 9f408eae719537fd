/** @jest-config-loader ts-node */
/** @jest-config-loader-options {"transpileOnly": true} */
import type { Config } from 'jest';

/**
 * Three projects, chosen by file suffix, so a developer can run the cheap ones alone:
 *   *.spec.ts      unit: pure code and in-memory adapters
 *   *.int.spec.ts  storage: PostgreSQL when DATABASE_URL is set, embedded PGlite otherwise
 *   *.e2e.spec.ts  HTTP: the API through its real stack
 * and a fourth, e2e-esdb, that reruns chosen e2e files with the events in EventStoreDB.
 */
const swc: Config['transform'] = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
      },
      module: { type: 'commonjs' },
    },
  ],
};

const shared = {
  transform: swc,
  // TypeScript first: a stray compiled .js beside a .ts must never shadow it.
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json', 'node'],
  testEnvironment: 'node',
  moduleNameMapper: {
    '^@casebook/([a-z-]+)/testing$': '<rootDir>/packages/$1/src/testing/index.ts',
    // The one other subpath export: sources, so tests never need a build first.
    '^@casebook/event-store/bench$': '<rootDir>/packages/event-store/src/bench/stats.ts',
    '^@casebook/([a-z-]+)$': '<rootDir>/packages/$1/src/index.ts',
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
} satisfies Partial<Config>;

/** The API e2e files the `e2e-esdb` project reruns with events in EventStoreDB. */
const ESDB_E2E = [
  'complaints/complaint-lifecycle',
  'refunds/refund-race',
  'customers/erasure',
  'customers/erasure-sweep',
  'audit/clocks',
  'audit/history',
  'idempotency/idempotency',
  'queries/as-of',
  'reports/summaries',
  'reports/complaints-filters',
  'processes/sla',
  'notifications/notifications',
  'http/statuses',
  'auth/role-matrix',
  'payments/payments',
  'returns/return-lifecycle',
  'processes/return-expiry',
];

const config: Config = {
  // Storage and HTTP tests start databases and servers; the defaults of 5 s are too tight on 2 cores.
  testTimeout: 60_000,
  // A handle a test leaves open fails the run by name 15 s after it ends, instead of hanging CI.
  globalTeardown: '<rootDir>/scripts/jest-open-handles.js',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/packages/*/src/**/*.spec.ts'],
      testPathIgnorePatterns: [...shared.testPathIgnorePatterns, '\\.(int|e2e)\\.spec\\.ts$'],
    },
    {
      ...shared,
      displayName: 'int',
      testMatch: ['<rootDir>/packages/*/src/**/*.int.spec.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/packages/*/src/**/*.e2e.spec.ts'],
    },
    {
      // The API again with its events in EventStoreDB (read models stay in PostgreSQL): a test
      // server of each file's own, or the server in EVENTSTORE_URL. Files chosen to cover the
      // complaint lifecycle, refunds and payments, returns, audit, history, erasure, reports and
      // processes.
      ...shared,
      displayName: 'e2e-esdb',
      testMatch: ESDB_E2E.map((f) => `<rootDir>/packages/api/src/${f}.e2e.spec.ts`),
      setupFilesAfterEnv: ['<rootDir>/packages/api/src/testing/esdb-setup.ts'],
    },
  ],
};

export default config;
