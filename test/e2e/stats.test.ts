import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, visit } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

// One chart per file in content/stats: a figure that is not charted would be a figure left out.
const statIds = readdirSync('content/stats').map((f) => f.replace(/\.yaml$/, ''));

// What /stats/ shows without JavaScript, and its JSON download, are read from dist/ in test/build/stats.test.ts;
// every page's script errors and requests are checked by the sweep (test/e2e/sweep.ts). This needs a browser.
describe('/stats/', () => {
	it('opens a data table from its summary with scripts off', async () => {
		const v = await visit(browser, '/stats/', { javaScriptEnabled: false });
		const figure = v.page.locator(`#stat-${statIds[0]}`);
		expect(await figure.locator('details table').isVisible()).toBe(false);
		await figure.locator('details summary').click();
		expect(await figure.locator('details table').isVisible()).toBe(true);
		expect(await v.page.locator('astro-island, [data-island]').count()).toBe(0);
		await v.close();
	});
});
