import { fold } from '../shared/decider';
import { specFor } from '../testing';
import {
  cmd,
  context,
  customerId,
  erase,
  erased,
  ev,
  hold,
  holdPlaced,
  now,
  registered,
} from './erasure.fixtures';
import { customerDecider } from './index';

const { given } = specFor(customerDecider);

describe('customer legal hold', () => {
  it('places one hold, releases it, and then lets the data go', () => {
    given([registered])
      .when(cmd('PlaceLegalHold', hold))
      .then([ev('LegalHoldPlaced', { ...hold, placedAt: now })]);
    given([registered, holdPlaced]).when(cmd('PlaceLegalHold', hold)).thenFails('LegalHoldInPlace');
    const release = cmd('ReleaseLegalHold', { customerId, reason: 'Settled' });
    const released = given([registered, holdPlaced])
      .when(release)
      .then([ev('LegalHoldReleased', { customerId, reason: 'Settled', releasedAt: now })]);
    given([registered, holdPlaced, ...released])
      .when(release)
      .thenFails('NoLegalHold');
    given([registered, holdPlaced, ...released])
      .when(erase(), context())
      .then([erased()]);
  });

  it('remembers the hold in the state', () => {
    const { evolve, initialState } = customerDecider;
    expect(fold(evolve, initialState, [registered, holdPlaced])).toMatchObject({
      legalHold: { reason: 'Litigation pending', reference: 'LIT-42', placedAt: '2024-01-01T09:00:00Z' },
    });
  });

  it('refuses a hold on an unregistered customer', () => {
    given([]).when(cmd('PlaceLegalHold', hold)).thenFails('CustomerNotFound');
  });
});
