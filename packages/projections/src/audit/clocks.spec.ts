import type { Instant } from '@casebook/domain';
import { InMemoryEventStore } from '@casebook/event-store';
import { complaintFiled } from '../testing';
import { readComplaintClocks } from './clocks';

// Filed 2024-03-01T09:00Z under FCA DISP: final response due 2024-04-26T09:00Z.
const now = '2024-04-01T00:00:00Z' as Instant;
const store = new InMemoryEventStore();

beforeAll(async () => {
  await store.appendToStream('complaint-c-rec', [complaintFiled('c-rec', 'u', { slaPolicy: 'FCA_DISP@1' })]);
  await store.appendToStream('complaint-c-old', [complaintFiled('c-old', 'u')]);
  await store.appendToStream('complaint-c-bad', [complaintFiled('c-bad', 'u', { slaPolicy: 'FCA_DISP@9' })]);
});

describe('readComplaintClocks: the policy version judged under', () => {
  it('shows the version recorded at filing', async () => {
    const clocks = await readComplaintClocks(store, 'c-rec', now);
    expect(clocks?.policy).toMatchObject({ id: 'FCA_DISP', version: 'FCA_DISP@1' });
    expect(clocks?.clocks.find((c) => c.milestone === 'final_response')?.dueAt).toBe(
      '2024-04-26T09:00:00.000Z',
    );
  });

  it('judges an event stored without a version under the one effective at filing, as before', async () => {
    const old = await readComplaintClocks(store, 'c-old', now);
    const recorded = await readComplaintClocks(store, 'c-rec', now);
    expect(old?.policy?.version).toBe('FCA_DISP@1');
    expect(old?.clocks).toEqual(recorded?.clocks);
  });

  it('refuses to judge under a recorded version this build does not know', async () => {
    await expect(readComplaintClocks(store, 'c-bad', now)).rejects.toThrow(
      'complaint c-bad records SLA policy FCA_DISP@9, which is no FCA_DISP version this build knows',
    );
  });
});
