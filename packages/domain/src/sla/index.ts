export * from './calendar';
export * from './clock';
export * from './pauses';
export * from './policies';
export * from './policy';
