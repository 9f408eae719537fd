export * from './calendar';
export * from './clock';
export * from './pauses';
export * from './policies';
export * from './policy';
export * from './complaint-clocks';
export * from './milestones-met';
export * from './policy-registry';
