import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontmatterOf } from '../../src/lib/content/validate.ts';
import { CaseSchema, type Case } from '../../src/schemas/article.ts';
import { launch, visit } from './harness.ts';

// The real cases, read from content/ so the test follows whatever cases exist.
const CASES: { id: string; data: Case }[] = readdirSync('content/cases')
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => ({ id: f.slice(0, -'.mdx'.length), data: CaseSchema.parse(parse(frontmatterOf(readFileSync(`content/cases/${f}`, 'utf8'))!)) }));

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

// What a reader without scripts gets (the lists, the links, the order) is checked over the built HTML
// in test/build/cases.test.ts; here, the pages with scripts on.
describe('case pages', () => {
	it('load with scripts on without errors or requests to other sites', async () => {
		const v = await visit(browser, `/cases/${CASES[0]!.id}/`);
		expect(v.errors).toEqual([]);
		expect(v.foreign).toEqual([]);
		await v.close();
	});
});
