import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApi, type TestApi } from '../testing';

/** The `curl` examples of docs/api.md's "Text input" section, each with the answer it shows. */
const section = readFileSync(join(__dirname, '../../../../docs/api.md'), 'utf8')
  .split('\n## Text input\n')[1]!
  .split('\n### ')[0]!;
const block = section.split('```sh\n')[1]!.split('```')[0]!;

interface Example {
  readonly url: string;
  readonly role: string;
  readonly body?: string;
  readonly status: number;
  readonly answer: unknown;
}

/** Commands are joined over `\` line ends; the answer is the `# <status> <json>` comment after. */
function examples(): Example[] {
  return block.split(/\n(?=curl )/).map((chunk) => {
    const [command, ...comment] = chunk.split(/\n(?=# \d{3} )/);
    const text = command!.replace(/\\\n/g, ' ');
    const url = /'localhost:3000([^']+)'|localhost:3000(\S+)/.exec(text)!;
    const role = /Bearer \$(\w+)/.exec(text)![1]!.toLowerCase();
    const body = /-d '([\s\S]+?)'/.exec(text)?.[1];
    const said = comment
      .join('\n')
      .replace(/\n# {0,3}/g, '')
      .replace(/^# /, '');
    const [, status, json] = /^(\d{3}) ([\s\S]+)$/.exec(said.trim())!;
    return { url: (url[1] ?? url[2])!, role, body, status: Number(status), answer: JSON.parse(json!) };
  });
}

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('the docs/api.md text input examples', () => {
  it('answer what the page shows', async () => {
    const all = examples();
    expect(all).toHaveLength(3);
    for (const e of all) {
      const role = e.role as Parameters<TestApi['auth']>[0];
      const res = await api.request({
        method: e.body === undefined ? 'GET' : 'POST',
        url: e.url,
        headers: api.auth(role),
        ...(e.body === undefined ? {} : { body: e.body }),
      });
      expect({ url: e.url, status: res.status }).toEqual({ url: e.url, status: e.status });
      expect(res.body).toMatchObject(e.answer as object);
    }
  });
});
