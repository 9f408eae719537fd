import { eventStoreContract } from '../testing/contract';
import { InMemoryEventStore } from './in-memory-event-store';

eventStoreContract('in-memory', () => {
  const store = new InMemoryEventStore();
  return Promise.resolve({ store, close: () => store.close() });
});
