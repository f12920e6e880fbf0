import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/lib/content/collections.ts';
import { formatProblem, validateContent } from '../../src/lib/content/validate.ts';

const FIXTURES = 'test/fixtures';
const work = mkdtempSync(join(tmpdir(), 'mamori-schema-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Validate the valid fixture with one invalid fixture laid over it; return the lines an author would read. */
function problemsWith(overlay: string): string[] {
	const root = join(work, overlay);
	cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
	cpSync(join(FIXTURES, 'invalid', overlay), root, { recursive: true });
	return validateContent(root, 'content').map(formatProblem);
}

// Each invalid fixture breaks one rule; the author must learn the file, the entry, the field and what to do.
const CASES: [fixture: string, expected: string][] = [
	['edition-unknown-threat', 'content/threats/editions/2026.yaml (entry "2026") field organization.entries[0].threat: "ransomwear" names no threat'],
	['edition-unknown-merged-threat', 'field organization.entries[0].mergedFrom[0]: "zero-day" names no threat'],
	['edition-unknown-split-threat', 'field organization.entries[0].splitFrom: "card-and-bank" names no threat'],
	['edition-rank-out-of-range', 'field organization.entries[1].rank: must be at most 10'],
	['edition-duplicate-rank', 'content/threats/editions/2026.yaml (entry "2026") field organization.entries[1].rank: 1 is used twice in the organization list'],
	['edition-missing-rank', 'field organization.entries[0].rank: is missing: the organization list is ranked'],
	['edition-rank-in-unranked-list', 'field individual.entries[0].rank: must be left out: the individual list is unranked'],
	['edition-unknown-list', 'content/threats/editions/2026.yaml (entry "2026"): unknown field "personal"'],
	['edition-list-without-source', 'field individual.sources: give at least one source'],
	['edition-file-name-mismatch', 'content/threats/editions/2025.yaml (entry "2025") field edition: is 2026 but the file is 2025.yaml'],
	['edition-unknown-title-without-note', 'field individual.entries[0].note: an entry whose wording is unknown (title: null) needs a note'],
	['source-without-location', 'field organization.sources[0].url: give a url, a file (shared/sources) or via'],
	['source-bad-date', 'field individual.sources[0].date: use YYYY, YYYY-MM or YYYY-MM-DD'],
	['threat-missing-english-title', 'content/threats/catalog/ransomware.mdx (entry "ransomware") field titleEn: is required'],
	['threat-unknown-related', 'content/threats/catalog/ransomware.mdx (entry "ransomware") field related[1]: "vishing" names no threat'],
	['mdx-without-frontmatter', 'content/threats/catalog/ransomware.mdx (entry "ransomware"): no frontmatter'],
	['file-name-not-kebab-case', 'content/threats/catalog/Phishing_Scam.mdx (entry "Phishing_Scam"): file name must be lowercase kebab-case'],
	['team-unknown-prefecture', 'content/otasuketai/2020.yaml (entry "2020") field teams[0].prefectures[1]: use a two-digit JIS prefecture code from 01 to 47'],
	['team-duplicate-id', 'field teams[1].id: "team-a" is already used'],
	['region-team-without-prefecture', 'field teams[0].prefectures: a region team needs at least one prefecture code'],
	['pilot-without-source', 'content/otasuketai/2020.yaml (entry "2020") field sources: is required'],
	['pilot-text-figure-without-source', 'content/otasuketai/2020.yaml (entry "2020") field textFigures.damage-estimate.sources: is required'],
	['self-check-wrong-part', 'content/self-check/01.yaml (entry "01") field part: item 1 belongs to part "basic"'],
	['self-check-unknown-basic-rule', 'content/self-check/01.yaml (entry "01") field basicRule: rule 3 is not in content/guideline/basic-rules/'],
	['self-check-unknown-guideline', 'content/self-check/06.yaml (entry "06") field guideline: "step-up-9" is not a guideline section: use one of rule-1,'],
	['yaml-syntax-error', 'content/self-check/01.yaml (entry "01"): not valid YAML (line 4)'],
	['help-bad-email', 'content/help/ipa.yaml (entry "ipa") field email: Invalid email address'],
	['case-unknown-threat', 'content/cases/wannacry.mdx (entry "wannacry") field threats[0]: "wannacry" names no threat'],
	['case-unknown-basic-rule', 'content/cases/wannacry.mdx (entry "wannacry") field basicRules[1]: rule 2 is not in content/guideline/basic-rules/'],
	['case-unknown-self-check-item', 'content/cases/wannacry.mdx (entry "wannacry") field selfCheck[1]: no file in content/self-check/ has number 11'],
	['stat-value-not-a-number', 'content/stats/detect-days.yaml (entry "detect-days") field rows[0].value: must be a number, not a string'],
	['service-price-not-a-number', 'content/otasuketai-service/standard.yaml (entry "standard") field priceCeilings[0].limit: must be a number, not a string'],
	['stat-unknown-approx', 'content/stats/detect-days.yaml (entry "detect-days") field rows[0].approx: Invalid input: expected "over"'],
	['case-without-source', 'content/cases/wannacry.mdx (entry "wannacry") field sources: is required'],
	['stat-without-source', 'content/stats/detect-days.yaml (entry "detect-days") field sources: is required'],
	['stat-duplicate-section-order', 'content/stats/pilot-participants.yaml (entry "pilot-participants") field section.order: 1 is already used by content/stats/detect-days.yaml'],
	['stat-section-link-not-a-path', 'content/stats/detect-days.yaml (entry "detect-days") field section.related.href: give a path on this site'],
	['policy-diagram-too-many-risks', 'content/policy/overview.mdx (entry "overview") field supplyChainDiagram.risks: must be at most 4'],
	['page-figure-without-source', 'content/pages/stats.yaml (entry "stats") field textFigures.ics-cert-share.sources: is required'],
	['page-prose-stray-bracket', 'content/pages/about.yaml (entry "about") field text.intro: a "[" or "]" that is not part of a [text](name) link'],
	['mdx-raw-script', 'content/threats/catalog/ransomware.mdx (entry "ransomware"): line 20: <script> is raw HTML'],
	['mdx-event-handler', 'content/cases/wannacry.mdx (entry "wannacry"): line 17: onerror= on <img> is an event handler'],
	['mdx-javascript-link', 'content/policy/overview.mdx (entry "overview"): line 13: a javascript: address runs code'],
	['mdx-inline-style', 'content/guideline/self-check.mdx (entry "self-check"): line 69: style= on <p> puts inline style into the page'],
	['mdx-iframe', 'content/threats/catalog/phishing.mdx (entry "phishing"): line 15: <iframe> is raw HTML'],
	['situation-unknown-threat', 'content/help-situations/opened-mail.yaml (entry "opened-mail") field threats[1]: "ransomwear" names no threat'],
	['situation-unknown-self-check-item', 'content/help-situations/opened-mail.yaml (entry "opened-mail") field selfCheck[0]: no file in content/self-check/ has number 11'],
	['situation-unknown-basic-rule', 'content/help-situations/opened-mail.yaml (entry "opened-mail") field basicRules[1]: rule 2 is not in content/guideline/basic-rules/'],
	['situation-unknown-contact', 'content/help-situations/opened-mail.yaml (entry "opened-mail") field contacts[0].id: "police" names no contact: add content/help/police.yaml'],
	['situation-without-reviewed', 'content/help-situations/opened-mail.yaml (entry "opened-mail") field reviewed: is required'],
	['help-without-checked', 'content/help/ipa.yaml (entry "ipa") field checked: is required'],
	['help-without-source', 'content/help/ipa.yaml (entry "ipa") field sources: is required'],
	['help-archive-url', 'content/help/ipa.yaml (entry "ipa") field url: give the organisation\'s own (original) URL; put an archived copy in via'],
	['case-without-reviewed', 'content/cases/wannacry.mdx (entry "wannacry") field reviewed: is required'],
	['update-without-date', 'content/updates/2026-11-22-open-data.yaml (entry "2026-11-22-open-data") field date: is required'],
	['site-without-name', 'content/site.yaml (entry "site") field name: is required'],
	['stat-unknown-figure', 'content/stats/pilot-participants.yaml (entry "pilot-participants") field figures[0].figure: "参加企業" is not a figure label in content/otasuketai/2020.yaml'],
	['search-terms-duplicate-variant', 'content/search/terms.yaml (entry "terms") field variants[1][1]: "漏洩" is already in variants[0]'],
	// English edition (issue 22): both sides of a translation exist and name each other.
	['en-unknown-original', 'content/en/threats/ransomwear.yaml (entry "ransomwear") field original: names no Japanese original: content/threats/catalog/ransomwear.mdx does not exist'],
	['en-declared-missing', 'content/threats/catalog/phishing.mdx (entry "phishing") field en: declares an English version, but content/en/threats/phishing.yaml does not exist'],
	['en-original-undeclared', 'content/threats/catalog/phishing.mdx (entry "phishing") field en: content/en/threats/phishing.yaml translates this entry: add en: true'],
	['en-title-without-source', 'content/en/threats/ransomware.yaml (entry "ransomware") field titleSource:'],
	// en-more2 (issue 22): an English threat gives the advice in English, item for item.
	['en-threat-without-advice', 'content/en/threats/ransomware.yaml (entry "ransomware") field advice: is required'],
	[
		'en-threat-advice-missing-item',
		'content/en/threats/ransomware.yaml (entry "ransomware") field advice: has 1 item(s) but the 「まず何をするか」 list of content/threats/catalog/ransomware.mdx has 2',
	],
	// en-more (issue 22): an English help or rule file translates every item of its original, in order.
	['en-situation-step-missing', 'content/en/help-situations/opened-mail.yaml (entry "opened-mail") field firstHour: has 2 item(s) but content/help-situations/opened-mail.yaml has 3'],
	['en-situation-other-contact', 'content/en/help-situations/opened-mail.yaml (entry "opened-mail") field contacts: lists police; content/help-situations/opened-mail.yaml lists ipa'],
	['en-contact-phone-unlabelled', 'content/en/help/ipa.yaml (entry "ipa") field phoneLabels: has 0 item(s) but content/help/ipa.yaml has 1'],
	['search-terms-full-width', 'content/search/terms.yaml (entry "terms") field variants[0][0]: write it as the search folds it'],
	// #20: /threats/individual/ is the individual list's page, so no threat may be called that.
	['threat-id-clashes-with-page', 'content/threats/catalog/individual.mdx (entry "individual"): the id "individual" clashes with the page /threats/individual/: rename the file'],
];

describe('content validation', () => {
	it('accepts the valid fixture, which has an entry in every collection', () => {
		expect(validateContent(join(FIXTURES, 'valid'))).toEqual([]);
		const empty = Object.values(COLLECTIONS).filter((c) => !existsSync(join(FIXTURES, 'valid', c.dir)) || !readdirSync(join(FIXTURES, 'valid', c.dir)).some((f) => f.endsWith(c.ext)));
		expect(empty.map((c) => c.dir)).toEqual([]);
	});

	it('accepts the real content in content/', () => {
		expect(validateContent('content').map(formatProblem)).toEqual([]);
	});

	it('has a test case for every invalid fixture', () => {
		expect(CASES.map(([f]) => f).sort()).toEqual(readdirSync(join(FIXTURES, 'invalid')).sort());
	});

	it.each(CASES)('rejects %s, naming the file, entry and field', (fixture, expected) => {
		const lines = problemsWith(fixture);
		expect(
			lines.some((l) => l.includes(expected)),
			`got:\n${lines.join('\n')}`,
		).toBe(true);
	});

	it('reports a broken entry once, not again from every entry that refers to it', () => {
		expect(problemsWith('threat-missing-english-title')).toHaveLength(1);
	});

	it('shows authors these messages (see the snapshot file)', async () => {
		const all = CASES.map(([f]) => `# ${f}\n${problemsWith(f).join('\n')}`).join('\n\n');
		await expect(`${all}\n`).toMatchFileSnapshot('./__snapshots__/messages.txt');
		// Validates every fixture again (about 50 content trees): on 2 shared cores that passes 5 s.
	}, 30_000);
});
