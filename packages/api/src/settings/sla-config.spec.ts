import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as E from 'fp-ts/Either';
import { decodeSettings } from './decode';

const dir = mkdtempSync(join(tmpdir(), 'casebook-sla-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('CASEBOOK_SLA_CONFIG', () => {
  it('reads the policies, rules and calendars the file gives', () => {
    const path = file(
      'ok.json',
      JSON.stringify({
        warnAt: 0.8,
        rules: [{ regime: 'FCA_DISP', categories: ['payments'], policy: 'FCA_DISP_PSD@1' }],
      }),
    );
    const decoded = decodeSettings({ CASEBOOK_SLA_CONFIG: path });
    expect(E.isRight(decoded) && decoded.right.sla).toEqual({
      warnAt: 0.8,
      rules: [{ regime: 'FCA_DISP', categories: ['payments'], policy: 'FCA_DISP_PSD@1' }],
    });
    const none = decodeSettings({});
    expect(E.isRight(none) && none.right.sla).toEqual({});
  });

  it('refuses to start on a file that is missing, not JSON or wrong, naming the field', () => {
    const wrong = file(
      'wrong.json',
      JSON.stringify({ warnAt: 2, rules: [{ regime: 'CFPB', policy: 'FCA_DISP@1' }] }),
    );
    const left = (env: NodeJS.ProcessEnv) => {
      const d = decodeSettings(env);
      return E.isLeft(d) ? d.left : [];
    };
    expect(left({ CASEBOOK_SLA_CONFIG: join(dir, 'absent.json') })).toEqual([
      `CASEBOOK_SLA_CONFIG=${join(dir, 'absent.json')}: cannot be read`,
    ]);
    expect(left({ CASEBOOK_SLA_CONFIG: file('bad.json', '{ rules: ') })[0]).toMatch(/: not JSON \(/);
    // The shape first; a rule naming another regime's policy once the shape is right.
    expect(left({ CASEBOOK_SLA_CONFIG: wrong })).toEqual([
      `CASEBOOK_SLA_CONFIG=${wrong}: warnAt: expected a number between 0 and 1 (exclusive)`,
    ]);
    const rule = file('rule.json', JSON.stringify({ rules: [{ regime: 'CFPB', policy: 'FCA_DISP@1' }] }));
    expect(left({ CASEBOOK_SLA_CONFIG: rule })).toEqual([
      `CASEBOOK_SLA_CONFIG=${rule}: rules.0.policy: expected a CFPB policy version (CFPB@1)`,
    ]);
  });
});
