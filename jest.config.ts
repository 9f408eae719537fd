/** @jest-config-loader ts-node */
/** @jest-config-loader-options {"transpileOnly": true} */
import type { Config } from 'jest';

/**
 * Three projects, chosen by file suffix, so a developer can run the cheap ones alone:
 *   *.spec.ts      unit: pure code and in-memory adapters
 *   *.int.spec.ts  storage: PostgreSQL when DATABASE_URL is set, embedded PGlite otherwise
 *   *.e2e.spec.ts  HTTP: the API through its real stack
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
  ],
};

export default config;
