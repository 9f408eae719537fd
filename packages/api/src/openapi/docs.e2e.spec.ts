import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../testing';
import { filing, post } from '../testing/fixtures';

/**
 * /docs in a real browser: the system Chromium (`apt-get install chromium`), never a downloaded one.
 * On a machine with only Node and npm there is none: the suite says so and is skipped; CI
 * (.ci/run) installs it, so there it always runs.
 */
const candidates = process.env.CHROMIUM_PATH
  ? [process.env.CHROMIUM_PATH]
  : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const CHROMIUM = candidates.find((p) => existsSync(p));
if (!CHROMIUM) {
  console.warn(
    `docs.e2e.spec.ts SKIPPED: no Chromium at ${candidates.join(' or ')} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
}
const withChromium = CHROMIUM ? describe : describe.skip;

withChromium('the API browser at /docs, in headless Chromium', () => {
  let api: TestApi;
  let browser: Browser;
  let page: Page;
  let base: string;
  const problems: string[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    base = await api.app.getUrl();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage();
    // A CSP violation is reported by Chromium as a console error ("Refused to ...").
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('request', (r) => {
      if (!r.url().startsWith(base)) problems.push(`left the origin: ${r.url()}`);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('is served from local files under the API’s CSP, with no inline script', async () => {
    const res = await api.request({ method: 'GET', url: '/docs' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    // The API-wide policy (helmet): scripts from this origin only, nothing inline or evaluated.
    const csp = res.headers['content-security-policy']!;
    expect(csp).toMatch(/(^|;)\s*script-src 'self'\s*(;|$)/);
    expect(csp).toMatch(/(^|;)\s*script-src-attr 'none'/);
    expect(csp).toMatch(/(^|;)\s*connect-src 'self'\s*(;|$)/);
    expect(res.body).not.toMatch(/<script>|<script [^>]*>[^<\s]/);
    expect(res.body).not.toMatch(/https?:\/\//);
  });

  it('renders every operation, authorizes with a bearer token and tries a read route', async () => {
    const filed = await post(api, '/complaints', filing(), api.auth('agent', 'ana'));
    expect(filed.status).toBe(201);

    await page.goto(`${base}/docs`);
    await page.locator('.opblock-post [data-path="/complaints"]').first().waitFor();
    expect(await page.locator('.opblock-get [data-path="/complaints/{id}"]').count()).toBe(1);

    await page.locator('.auth-wrapper button.authorize').click();
    const token = api.auth('agent', 'ana').authorization!.replace(/^Bearer /, '');
    await page.locator('.modal-ux input').fill(token);
    await page.locator('.modal-ux button.authorize').click();
    await page.locator('.modal-ux button.btn-done').click();

    const op = page.locator('#operations-complaints-get-complaints');
    await op.locator('.opblock-summary').click();
    await op.locator('button.try-out__btn').click();
    await op.locator('tr[data-param-name="id"] input').fill(filed.body.id as string);
    await op.locator('button.execute').click();
    const status = op.locator('.live-responses-table .response .response-col_status');
    await status.waitFor();
    expect((await status.textContent())?.trim()).toBe('200');
    expect(
      await op.locator('.live-responses-table .response .response-col_description').textContent(),
    ).toContain('"status": "open"');
    expect(problems).toEqual([]);
  });

  it('shows a 401 problem when tried without authorizing', async () => {
    const fresh = await browser.newPage();
    await fresh.goto(`${base}/docs#/complaints/get-complaints`);
    const op = fresh.locator('#operations-complaints-get-complaints');
    await op.locator('button.try-out__btn').click();
    await op.locator('tr[data-param-name="id"] input').fill('anything');
    await op.locator('button.execute').click();
    const status = op.locator('.live-responses-table .response .response-col_status');
    await status.waitFor();
    expect((await status.textContent())?.trim()).toBe('401');
    await fresh.close();
  });
});
