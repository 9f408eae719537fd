export * from './types';
export * from './aggregate-stream';
export * from './command-runner';
