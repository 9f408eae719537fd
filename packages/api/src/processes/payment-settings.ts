import { HttpPaymentProvider, type PaymentProvider } from '@casebook/projections';
import type { Environment } from '../settings/settings';

/** Refunds through a payment provider (docs/processes.md, "Refunds through a payment provider"). */
export interface PaymentSettings {
  /** The provider refunds are issued through; without one, no refund is paid by casebook. */
  readonly provider?: PaymentProvider;
  /** The HMAC-SHA256 key provider callbacks are signed with; without one, callbacks are refused. */
  readonly callbackSecret?: string;
  /** How far a callback's signed timestamp may be from now (seconds, default 300). */
  readonly callbackToleranceSeconds?: number;
}

/** The settings the environment gives (PAYMENTS_*): the API and `pnpm worker` both read them. */
export const paymentSettingsOf = (env: Environment): PaymentSettings => ({
  ...(env.PAYMENTS_PROVIDER_URL === undefined
    ? {}
    : { provider: new HttpPaymentProvider({ url: env.PAYMENTS_PROVIDER_URL }) }),
  ...(env.PAYMENTS_CALLBACK_SECRET === undefined ? {} : { callbackSecret: env.PAYMENTS_CALLBACK_SECRET }),
  callbackToleranceSeconds: env.PAYMENTS_CALLBACK_TOLERANCE_SECONDS,
});
