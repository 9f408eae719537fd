import type { TestApi, TestResponse } from './test-api';

/** A valid `POST /complaints` body. */
export const filing = (overrides: Record<string, unknown> = {}) => ({
  customerId: 'cust-1',
  channel: 'email',
  category: 'billing',
  description: 'Charged twice',
  amountPaid: { minor: 5000, currency: 'GBP' },
  priority: 'medium',
  regime: 'FCA_DISP',
  ...overrides,
});

export const post = (
  api: TestApi,
  url: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<TestResponse> => api.request({ method: 'POST', url, body, headers });
