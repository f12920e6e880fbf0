import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeQuery, SEARCH_RANKING } from '../../src/lib/search.ts';
import { launch, visit } from '../e2e/harness.ts';

// Each query a reader might type, and the page it must find in the top three results.
const QUERIES: [query: string, page: string][] = [
	['ランサムウェア', '/threats/ransomware/'],
	['ランサム', '/threats/ransomware/'],
	['ransomware', '/threats/ransomware/'],
	['身代金', '/threats/ransomware/'],
	['BEC', '/threats/business-email-compromise/'],
	['ＢＥＣ', '/threats/business-email-compromise/'],
	['ビジネスメール詐欺', '/threats/business-email-compromise/'],
	['フィッシング', '/threats/phishing/'],
	['phishing', '/threats/phishing/'],
	['標的型攻撃', '/threats/targeted-attack/'],
	['サプライチェーン攻撃', '/threats/supply-chain-attack/'],
	['DDoS', '/threats/dos-ddos/'],
	['ゼロデイ', '/threats/zero-day-attack/'],
	['内部不正', '/threats/insider-threat/'],
	['サポート詐欺', '/threats/fake-warnings-support-scam/'],
	['スマホ決済', '/threats/smartphone-payment-fraud/'],
	['クレジットカード 不正利用', '/threats/credit-card-fraud/'],
	['テレワーク', '/threats/telework-remote-work-attacks/'],
	['AI', '/threats/ai-usage-cyber-risk/'],
	['5か条', '/guideline/'],
	['SECURITY ACTION', '/guideline/'],
	['SECURITY ACTION', '/guideline/security-action/'],
	['セキュリティアクション', '/guideline/security-action/'],
	['二つ星', '/guideline/security-action/'],
	['3原則', '/guideline/executives/'],
	['実践編', '/guideline/step-up/'],
	['自社診断', '/self-check/'],
	['25問', '/self-check/'],
	['お助け隊 熊本', '/otasuketai/kumamoto/'],
	['熊本県', '/otasuketai/kumamoto/'],
	['北海道 お助け隊', '/otasuketai/hokkaido/'],
	['相談窓口', '/help/'],
	['JPCERT', '/help/'],
	['ダウンロード CSV', '/data/'],
	['SC3', '/policy/'],
	['基本行動指針', '/policy/'],
	['エモテット', '/cases/otasuketai-hotel-wifi-emotet/'],
	['WannaCry', '/cases/wannacry/'],
	['ウクライナ 停電', '/cases/ukraine-power-blackouts/'],
	['ルーター 乗っ取り', '/cases/broadband-router-hijacking/'],
	['大阪商工会議所 調査', '/stats/'],
	['検知 日数', '/stats/'],
	['関東 お助け隊', '/otasuketai/regions/kanto/'],
	['SCS評価制度', '/policy/stars/'],
	['共有 報告 公表', '/policy/action-guideline/'],
	['CPSF', '/policy/supply-chain-framework/'],
	['経営ガイドライン', '/policy/management/'],
	['料金 上限 お助け隊', '/otasuketai/'],
	['お助け 熊本', '/otasuketai/kumamoto/'],
	['ﾗﾝｻﾑ', '/threats/ransomware/'],
	['emotet', '/cases/otasuketai-hotel-wifi-emotet/'],
	['IT導入補助金', '/guideline/security-action/'],
	['2026', '/threats/editions/2026/'],
	// ── help situations (issue 15): what people type when they are in trouble now ──
	['ウイルス 感染したら', '/help/malware-infection/'],
	['ランサムウェア 感染した', '/help/malware-infection/'],
	['振り込んでしまった', '/help/money-transferred/'],
	['組戻し', '/help/money-transferred/'],
	['情報漏洩 報告', '/help/data-leak/'],
	['個人情報 漏れた', '/help/data-leak/'],
	['怪しいメール 開いてしまった', '/help/opened-suspicious-email/'],
	['添付ファイル 開いた', '/help/opened-suspicious-email/'],
	['パスワード 入力してしまった', '/help/phishing-entered/'],
	['フィッシング 入力してしまった', '/help/phishing-entered/'],
	['ホームページ 改ざんされた', '/help/website-defaced/'],
	['御社から ウイルスメール', '/help/virus-mail-from-us/'],
	['警告画面 電話してしまった', '/help/support-scam/'],
	['困ったとき', '/help/'],
	// ── end of help situations ──
];

// The page about a thing must come first, ahead of the pages that only mention it (cases, editions).
const FIRST: [query: string, page: string][] = [
	['ランサムウェア', '/threats/ransomware/'],
	['フィッシング', '/threats/phishing/'],
	['ビジネスメール詐欺', '/threats/business-email-compromise/'],
	['サプライチェーン攻撃', '/threats/supply-chain-attack/'],
	['自社診断', '/self-check/'],
	['WannaCry', '/cases/wannacry/'],
];

let browser: Browser;
let page: Page;
beforeAll(async () => {
	browser = await launch();
	page = (await visit(browser, '/search/')).page;
	// A string, so Vitest does not rewrite the browser's own import() into its module loader.
	await page.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		await pagefind.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
		window.pf = pagefind;
	})()`);
});
afterAll(() => browser?.close());

/** The URLs of the top `n` results, through Pagefind's own JavaScript API in the real browser. */
async function top(query: string, n = 3): Promise<string[]> {
	return page.evaluate(
		async ([q, count]) => {
			const pf = (window as unknown as { pf: { search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> } }).pf;
			const { results } = await pf.search(q);
			return Promise.all(results.slice(0, count).map(async (r) => (await r.data()).url));
		},
		[normalizeQuery(query), n] as const,
	);
}

describe('search quality', () => {
	it('covers at least 30 queries', () => {
		expect(QUERIES.length).toBeGreaterThanOrEqual(30);
	});

	it.each(QUERIES)('finds %s → %s in the top three', async (query, expected) => {
		const urls = await top(query);
		expect(urls, `「${query}」 returned ${urls.join(', ') || 'nothing'}`).toContain(expected);
	});

	it.each(FIRST)('ranks the page about %s (%s) first', async (query, expected) => {
		const urls = await top(query, 5);
		expect(urls[0], `「${query}」 returned ${urls.join(', ') || 'nothing'}`).toBe(expected);
		// The query must also match other pages, or "first" would say nothing about weighting.
		expect(urls.length, `「${query}」 matched only ${urls.join(', ')}`).toBeGreaterThan(1);
	});
});

// ---- Chamber kit (issue #16, kit branch): chambers of commerce and support bodies find their page. ----
const KIT_QUERIES: [query: string, page: string][] = [
	['チラシ', '/for-chambers/'],
	['会員 案内', '/for-chambers/'],
	['商工会議所', '/for-chambers/'],
	['広報', '/for-chambers/'],
	['会報', '/for-chambers/'],
	['連絡先 カード', '/for-chambers/help-card/'],
];

describe('search quality: chamber kit', () => {
	it.each(KIT_QUERIES)('finds %s → %s in the top three', async (query, expected) => {
		const urls = await top(query);
		expect(urls, `「${query}」 returned ${urls.join(', ') || 'nothing'}`).toContain(expected);
	});
});
// ---- end of chamber kit block ----
