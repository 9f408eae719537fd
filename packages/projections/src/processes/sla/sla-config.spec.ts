import { join } from 'node:path';
import { readSlaConfig } from './sla-config';

describe('docs/examples/sla.json', () => {
  it('is a valid SLA configuration, as docs/processes.md says', () => {
    const config = readSlaConfig(join(__dirname, '../../../../../docs/examples/sla.json'));
    expect(config).toMatchObject({ ok: true });
    if (!config.ok) return;
    expect(config.settings.rules?.map((r) => r.policy)).toEqual([
      'FCA_DISP_PSD@1',
      'FCA_DISP@1',
      'CFPB@1',
      'SERVICE_DESK@1',
    ]);
    expect(config.settings.calendars?.map((c) => c.id)).toEqual(['UK@2026', 'US-FED@2026']);
  });
});
