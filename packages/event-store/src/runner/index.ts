export * from './types';
export * from './command-runner';
