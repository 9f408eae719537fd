export * from './test-database';
export * from './contract';
