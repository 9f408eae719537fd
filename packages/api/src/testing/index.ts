export * from './test-api';
export * from './fixtures';
export * from './test-idp';
