import type * as t from 'io-ts';
import { customerCommandPayloads } from '../customer/commands';
import { domainEventPayloads } from '../upcast/events';
import { decodeWith, formatErrors } from './decode';
import { ERASED, personal, personalDataFields, personalDataSubject } from './personal';
import { Label } from './primitives';

const at = '2024-03-06T10:00:00Z';
const address = { line1: '1 High St', city: 'Leeds', postcode: 'LS1 1AA', country: 'GB' };
const contact = { name: 'Ada Lovelace', email: 'ada@example.com', phone: '+44 20 7946 0000', address };

/** A valid stored payload of every event type that `personalDataFields` lists, every field present. */
const samples: Readonly<Record<string, Record<string, unknown>>> = {
  CustomerRegistered: { customerId: 'cust-1', ...contact, registeredAt: at },
  ContactDetailsChanged: { customerId: 'cust-1', ...contact, changedAt: at },
  InteractionEnded: {
    interactionId: 'int-1',
    summary: 'Called about the broken parcel',
    talkSeconds: 300,
    holdSeconds: 0,
    wrapUpSeconds: 30,
    endedAt: at,
  },
};

const payloads: Readonly<Record<string, t.Mixed>> = domainEventPayloads;
const codecOf = (type: string): t.Mixed => {
  const codec = payloads[type];
  if (codec === undefined) throw new Error(`no event type ${type}`);
  return codec;
};
const decodeEvent = (type: string, data: unknown) => decodeWith(codecOf(type), data);

describe('personal data in events', () => {
  it.each(Object.entries(personalDataFields))(
    '%s: every listed field is in its payload codec and reads back as erased',
    (type, fields) => {
      const sample = samples[type];
      expect(sample).toBeDefined();
      expect(decodeEvent(type, sample)).toEqual({ _tag: 'Right', right: sample });
      // A payload codec strips keys it does not declare, so a field that is not in it (a typo,
      // a rename) would not come back: the list cannot drift from the codecs unnoticed.
      const erased = { ...sample, ...Object.fromEntries(fields.map((f) => [f, ERASED])) };
      expect(decodeEvent(type, erased)).toEqual({ _tag: 'Right', right: erased });
    },
  );

  it('still refuses a personal field that is neither valid nor erased, with the field codec’s reason', () => {
    const result = decodeEvent('ContactDetailsChanged', {
      customerId: 'cust-1',
      email: 'nope',
      changedAt: at,
    });
    expect(result._tag === 'Left' && formatErrors(result.left)).toEqual(['email: expected an email address']);
  });

  it('encodes the marker and the value alike', () => {
    expect(personal(Label).encode(ERASED)).toBe(ERASED);
    expect(personal(Label).encode('Ada')).toBe('Ada');
    expect(personal(Label).is(ERASED)).toBe(true);
    expect(personal(Label).is('')).toBe(false);
  });

  it('names the data subject by customerId, when the payload has one', () => {
    expect(personalDataSubject(samples.CustomerRegistered)).toBe('cust-1');
    expect(personalDataSubject(samples.InteractionEnded)).toBeUndefined();
    expect(personalDataSubject({ customerId: 7 })).toBeUndefined();
    expect(personalDataSubject(null)).toBeUndefined();
  });
});

describe('personal data in commands', () => {
  it.each(['[erased]', ' [erased] '])('refuses the erased marker %j as a name', (name) => {
    const register = decodeWith(customerCommandPayloads.RegisterCustomer, {
      customerId: 'cust-1',
      name,
      email: 'ada@example.com',
    });
    expect(register._tag === 'Left' && formatErrors(register.left)).toEqual([
      'name: [erased] is reserved for erased personal data',
    ]);
    const change = decodeWith(customerCommandPayloads.ChangeContactDetails, { customerId: 'cust-1', name });
    expect(change._tag === 'Left' && formatErrors(change.left)).toEqual([
      'name: [erased] is reserved for erased personal data',
    ]);
  });

  it('refuses the marker wherever the command codec is strict anyway', () => {
    const result = decodeWith(customerCommandPayloads.ChangeContactDetails, {
      customerId: 'cust-1',
      email: ERASED,
      phone: ERASED,
    });
    expect(result._tag === 'Left' && formatErrors(result.left)).toEqual([
      'email: expected an email address',
      'phone: expected a phone number such as +44 20 7946 0000',
    ]);
  });
});
