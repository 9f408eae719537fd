/**
 * @casebook/domain: pure deciders, codecs and SLA arithmetic for complaints, refunds,
 * returns, escalations, interactions and customers. No I/O, no clock, no randomness.
 */
export * from './shared';
export * from './customer';
export * from './interaction';
export * from './complaint';
export * from './refund';
export * from './return';
export * from './escalation';
export * from './sla';
export * from './upcast';
export * from './commands';
