import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '../auth/jwt';
import { startTestApi, type TestApi } from '../testing';

/**
 * docs/audit.md's examples, run in the page's order against a test API: every `post` must
 * succeed and every `curl` answer 200 (or the 404 its comment promises). `$T`, the instant the
 * page takes with `date`, is taken here at the same point.
 */
const page = readFileSync(join(__dirname, '../../../../docs/audit.md'), 'utf8');
type Step =
  | { kind: 'post'; role: Role; path: string; body: string; status?: number }
  | { kind: 'get'; role: Role; path: string; status: number }
  | { kind: 'instant' };

const steps: Step[] = page.split('\n').flatMap((line): Step[] => {
  // A post the page says is refused ends with `# 422: why`.
  const post = /^post "\$(\w+)" (\S+) '(.*)'(?: # (\d{3}).*)?$/.exec(line);
  if (post) {
    const status = post[4] === undefined ? undefined : Number(post[4]);
    return [{ kind: 'post', role: post[1]!.toLowerCase() as Role, path: post[2]!, body: post[3]!, status }];
  }
  const get = /^curl -s "\$API([^"]+)" -H "Authorization: Bearer \$(\w+)"(.*)$/.exec(line);
  if (get) {
    const status = get[3]!.includes('# 404') ? 404 : 200;
    return [{ kind: 'get', role: get[2]!.toLowerCase() as Role, path: get[1]!, status }];
  }
  return line.includes('T=$(date') ? [{ kind: 'instant' }] : [];
});

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ projections: { run: false } });
});
afterAll(() => api.close());

describe('the docs/audit.md examples', () => {
  it('are there: commands, history and as-of reads', () => {
    expect(steps.filter((s) => s.kind === 'post').length).toBeGreaterThanOrEqual(7);
    expect(steps.filter((s) => s.kind === 'get').map((s) => s.kind === 'get' && s.path)).toEqual(
      expect.arrayContaining(['/complaints/c-1/history', '/complaints/c-1?asOf=$T']),
    );
  });

  it('run in order as the page says', async () => {
    let instant = '';
    const answers: string[] = [];
    for (const step of steps) {
      if (step.kind === 'instant') {
        instant = new Date().toISOString();
        await new Promise((resolve) => setTimeout(resolve, 5)); // later facts come after it
        continue;
      }
      const headers = { ...api.auth(step.role, `dev-${step.role}`) };
      const res =
        step.kind === 'post'
          ? await api.request({ method: 'POST', url: step.path, body: step.body, headers })
          : await api.request({ method: 'GET', url: step.path.replace('$T', instant), headers });
      const expected = step.kind === 'post' ? (step.status ?? (res.status === 201 ? 201 : 200)) : step.status;
      expect(`${step.kind} ${step.path}: ${res.status}`).toBe(`${step.kind} ${step.path}: ${expected}`);
      answers.push(JSON.stringify(res.body));
    }
    // What the page says of the refund: requested as of $T, approved now.
    expect(answers).toContainEqual(expect.stringMatching(/"version":0,"asOf".*"status":"requested"/));
    // And of the erasure: readable before, erased after, the refusal's reason named.
    expect(answers).toContainEqual(expect.stringMatching(/"code":"ErasureRefused".*"open_complaint"/));
    expect(answers).toContainEqual(expect.stringMatching(/"name":"Ann Smith"/));
    expect(answers).toContainEqual(expect.stringMatching(/"name":"\[erased\]".*"CustomerPiiErased"/));
    expect(answers).toContainEqual(expect.stringMatching(/"summary":"\[erased\]"/));
  });
});
