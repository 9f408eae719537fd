export * from './provider';
export { HttpPaymentProvider, type HttpProviderOptions } from './http-provider';
export {
  paymentsProcess,
  issueTimerKey,
  PAYMENTS_PROCESS,
  type PaymentsProcessOptions,
} from './payments.process';
export { callbackSeen, rememberCallback } from './payment-callbacks';
