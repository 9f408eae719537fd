import type { EventStore } from '../port';
import { appendContract, type ContractOptions } from './contract-append';
import { badInputContract } from './contract-bad-input';
import { chainContract } from './contract-chain';
import { readContract } from './contract-read';
import { subscriptionContract } from './contract-subscribe';

export type { ContractOptions } from './contract-append';

export interface ContractSubject {
  readonly store: EventStore;
  close(): Promise<void>;
}

/**
 * The behaviour every EventStore adapter must have. Each adapter's spec calls this with a
 * factory; the suite shares one store per adapter and isolates tests by unique stream ids.
 */
export function eventStoreContract(
  name: string,
  open: () => Promise<ContractSubject>,
  options: ContractOptions = {},
): void {
  describe(`EventStore contract: ${name}`, () => {
    let subject: ContractSubject;
    const store = (): EventStore => subject.store;
    beforeAll(async () => {
      subject = await open();
    });
    afterAll(() => subject.close());

    appendContract(store, options);
    readContract(store);
    subscriptionContract(store);
    badInputContract(store);
    chainContract(store);
  });
}
