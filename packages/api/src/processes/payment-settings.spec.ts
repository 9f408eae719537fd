import { HttpPaymentProvider } from '@casebook/projections';
import * as E from 'fp-ts/Either';
import { decodeSettings } from '../settings/decode';
import { paymentSettingsOf } from './payment-settings';

const secret = 'paysec-0123456789-0123456789-0123456789';

describe('payment settings from the environment', () => {
  it('pays nothing by default, and builds the HTTP provider and the callback check from PAYMENTS_*', () => {
    const plain = decodeSettings({});
    expect(E.isRight(plain) && paymentSettingsOf(plain.right.env)).toEqual({ callbackToleranceSeconds: 300 });
    const decoded = decodeSettings({
      PAYMENTS_PROVIDER_URL: 'https://psp.example',
      PAYMENTS_CALLBACK_SECRET: secret,
      PAYMENTS_CALLBACK_TOLERANCE_SECONDS: '60',
    });
    if (E.isLeft(decoded)) throw new Error(decoded.left.join('\n'));
    const settings = paymentSettingsOf(decoded.right.env);
    expect(settings.provider).toBeInstanceOf(HttpPaymentProvider);
    expect(settings).toMatchObject({ callbackSecret: secret, callbackToleranceSeconds: 60 });
  });

  it('refuses each wrong variable by name, secrets unechoed, and a provider without a callback secret', () => {
    const wrong = decodeSettings({
      PAYMENTS_PROVIDER_URL: 'ftp://psp.example',
      PAYMENTS_CALLBACK_SECRET: 'short',
      PAYMENTS_CALLBACK_TOLERANCE_SECONDS: '0',
    });
    expect(E.isLeft(wrong) && wrong.left).toEqual([
      'PAYMENTS_PROVIDER_URL=ftp://psp.example: expected an http:// or https:// URL',
      'PAYMENTS_CALLBACK_SECRET (value hidden): expected a secret of at least 32 characters',
      'PAYMENTS_CALLBACK_TOLERANCE_SECONDS=0: expected a whole number of seconds, 1-3600',
    ]);
    const alone = decodeSettings({ PAYMENTS_PROVIDER_URL: 'https://psp.example' });
    expect(E.isLeft(alone) && alone.left).toEqual([
      'PAYMENTS_PROVIDER_URL: needs PAYMENTS_CALLBACK_SECRET (provider callbacks are checked with it)',
    ]);
  });
});
