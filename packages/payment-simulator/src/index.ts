export { createSimulator, type Simulator, type SimulatorOptions } from './simulator';
export type { CallbackEvent, Delivery } from './callbacks';
export type { ProviderRefund } from './refunds';
