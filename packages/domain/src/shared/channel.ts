import type * as t from 'io-ts';
import { oneOf } from './primitives';

/** How a customer got in touch. */
export const Channel = oneOf(
  ['phone', 'email', 'chat', 'sms', 'social', 'fax', 'mail', 'in_person', 'web'],
  'Channel',
);
export type Channel = t.TypeOf<typeof Channel>;
