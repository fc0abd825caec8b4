import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from '../support/settings.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { launchBrowser, screenshotDir, watchPage } from './support/browser.js';

let browser: Browser;
let server: TestServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startTestServer();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Every Content-Security-Policy violation the page reports, as "directive blocked-uri". */
async function collectViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

describe('API documentation in a real browser, under its Content-Security-Policy', () => {
  it('Swagger UI renders, tries a route out and authorizes, with no violation and nothing from outside', async () => {
    const page = await browser.newPage();
    const violations = await collectViolations(page);
    const watch = watchPage(page, server.baseUrl);
    const response = await page.goto(`${server.baseUrl}/docs/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

    await page.locator('#operations-utils-utils-health_check .opblock-summary').click();
    await page.getByRole('button', { name: 'Try it out' }).click();
    await page.getByRole('button', { name: 'Execute' }).click();
    await page.locator('.live-responses-table .response-col_status', { hasText: '200' }).waitFor();

    await page.getByRole('button', { name: 'Authorize' }).first().click();
    await page.locator('#oauth_username').fill(ADMIN_EMAIL);
    await page.locator('#oauth_password').fill(ADMIN_PASSWORD);
    await page.locator('.modal-ux button.authorize').click();
    await page.locator('.modal-ux').getByText('Authorized', { exact: true }).waitFor();
    await page.screenshot({ path: `${screenshotDir}/docs-swagger.png` });

    expect(violations).toEqual([]);
    expect(watch).toEqual({ errors: [], failed: [], foreign: [] });
  });

  it('ReDoc renders and searches (its worker runs), with no violation and nothing from outside', async () => {
    const page = await browser.newPage();
    const violations = await collectViolations(page);
    const watch = watchPage(page, server.baseUrl);
    const response = await page.goto(`${server.baseUrl}/redoc`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

    await page.getByRole('heading', { name: 'Login Access Token' }).waitFor();
    await page.getByPlaceholder('Search...').fill('password');
    await page.locator('[data-role="search:results"]').getByText('Update Password Me').waitFor();
    await page.screenshot({ path: `${screenshotDir}/docs-redoc.png` });

    expect(violations).toEqual([]);
    expect(watch).toEqual({ errors: [], failed: [], foreign: [] });
  });
});
