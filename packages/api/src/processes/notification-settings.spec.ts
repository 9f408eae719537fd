import * as E from 'fp-ts/Either';
import { decodeSettings } from '../settings/decode';
import { notificationSettingsOf } from './notification-settings';

const secret = 'whsec-0123456789-0123456789-0123456789';

describe('notification settings from the environment', () => {
  it('logs only by default, and builds webhook and e-mail transports from their variables', () => {
    const plain = decodeSettings({});
    expect(E.isRight(plain) && notificationSettingsOf(plain.right.env)).toEqual({ maxAttempts: 12 });
    const decoded = decodeSettings({
      NOTIFY_WEBHOOK_URL: 'https://hooks.example/a, http://10.0.0.2:8080/b',
      NOTIFY_WEBHOOK_SECRET: secret,
      NOTIFY_WEBHOOK_TOPICS: 'refund.*,sla.breached',
      SMTP_URL: 'smtp://mailer:2525',
      NOTIFY_FROM: 'Casebook <complaints@example.com>',
      NOTIFY_MAX_ATTEMPTS: '5',
    });
    if (E.isLeft(decoded)) throw new Error(decoded.left.join('\n'));
    expect(notificationSettingsOf(decoded.right.env)).toEqual({
      maxAttempts: 5,
      webhook: {
        urls: ['https://hooks.example/a', 'http://10.0.0.2:8080/b'],
        secret,
        topics: ['refund.*', 'sla.breached'],
      },
      email: {
        smtpUrl: 'smtp://mailer:2525',
        from: 'Casebook <complaints@example.com>',
        topics: ['customer.*', 'refund.settled'],
      },
    });
  });

  it('refuses each wrong variable by name, secrets unechoed, and a URL without its partner', () => {
    const decoded = decodeSettings({
      NOTIFY_WEBHOOK_URL: 'ftp://hooks.example/a',
      NOTIFY_WEBHOOK_SECRET: 'short',
      SMTP_URL: 'http://mailer',
      NOTIFY_FROM: 'nobody',
      NOTIFY_MAX_ATTEMPTS: '0',
    });
    expect(E.isLeft(decoded) && decoded.left).toEqual([
      'NOTIFY_WEBHOOK_URL (value hidden): expected http:// or https:// URLs, comma-separated',
      'NOTIFY_WEBHOOK_SECRET (value hidden): expected a secret of at least 32 characters',
      'SMTP_URL (value hidden): expected an smtp:// or smtps:// URL',
      'NOTIFY_FROM=nobody: expected a From address, e.g. `Casebook <complaints@example.com>`',
      'NOTIFY_MAX_ATTEMPTS=0: expected a whole number, 1-100',
    ]);
    const alone = decodeSettings({
      NOTIFY_WEBHOOK_URL: 'https://hooks.example/a',
      SMTP_URL: 'smtp://mailer',
    });
    expect(E.isLeft(alone) && alone.left).toEqual([
      'NOTIFY_WEBHOOK_URL: needs NOTIFY_WEBHOOK_SECRET (receivers check the signature with it)',
      'SMTP_URL: needs NOTIFY_FROM (the sender of customer e-mails)',
    ]);
  });
});
