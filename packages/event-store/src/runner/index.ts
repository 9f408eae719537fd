export * from './types';
export * from './aggregate-stream';
export * from './command-runner';
export * from './aggregate-as-of';
export * from './stream-queue';
