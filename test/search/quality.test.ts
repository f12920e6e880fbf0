import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, SEARCH_RANKING } from '../../src/lib/search.ts';
import type { SearchHints } from '../../src/lib/search-query.ts';
import { runSearch, type FilterCounts, type SearchEngine } from '../../src/lib/search-run.ts';
import { launch, visit } from '../e2e/harness.ts';

/**
 * Queries written from the words readers type, not from page titles, with the page that should come
 * first. One flat list so that others can append their own block at the end: [persona, query, expected page].
 * Personas: owner (small firms), chamber (chambers of commerce, support bodies), policy, en, variant (kana, width, typos).
 */
const CASES: [persona: string, query: string, page: string][] = [
	// Owners and staff of small firms: symptoms, worries, plain words.
	['owner', 'ランサムウェア 対策', '/threats/ransomware/'],
	['owner', 'ファイルが暗号化された 身代金', '/threats/ransomware/'],
	['owner', '請求書 振込先', '/threats/business-email-compromise/'],
	['owner', '取引先 振込先変更 メール', '/threats/business-email-compromise/'],
	['owner', '偽の警告画面 電話', '/threats/fake-warnings-support-scam/'],
	['owner', '宅配 不在通知 SMS', '/threats/phishing/'],
	['owner', 'パスワード 使い回し', '/threats/online-service-unauthorized-login/'],
	['owner', 'アカウント 乗っ取り', '/threats/online-service-unauthorized-login/'],
	['owner', 'ホームページ 改ざん', '/threats/website-defacement/'],
	['owner', 'サーバーダウン 大量アクセス', '/threats/dos-ddos/'],
	['owner', '退職者 情報持ち出し', '/threats/insider-threat/'],
	['owner', 'メール 誤送信', '/threats/careless-data-leak/'],
	['owner', 'USBメモリ 紛失', '/threats/careless-data-leak/'],
	['owner', 'テレワーク VPN', '/threats/telework-remote-work-attacks/'],
	['owner', '生成AI リスク', '/threats/ai-usage-cyber-risk/'],
	['owner', 'スマホ 不正アプリ', '/threats/smartphone-malicious-apps/'],
	['owner', 'QRコード決済 不正', '/threats/smartphone-payment-fraud/'],
	['owner', 'ネットバンキング 不正送金', '/threats/internet-banking-fraud/'],
	['owner', '口コミ 悪評 炎上', '/threats/online-defamation/'],
	['owner', '脅迫メール 仮想通貨', '/threats/threatening-scam-messages/'],
	['owner', '修正プログラム 脆弱性', '/threats/vulnerability-exploitation/'],
	['owner', 'ウイルス対策ソフト 定義ファイル', '/self-check/'],
	['owner', '顧客名簿', '/self-check/'],
	['owner', '定義ファイル', '/self-check/'],
	['owner', '社員 教育', '/self-check/'],
	['owner', 'セキュリティ チェックリスト', '/self-check/'],
	['owner', '自社診断', '/self-check/'],
	['owner', '25問', '/self-check/'],
	['owner', '5か条', '/guideline/'],
	['owner', '情報セキュリティ5か条', '/guideline/'],
	['owner', '中小企業 ガイドライン', '/guideline/'],
	['owner', 'SECURITY ACTION 宣言', '/guideline/security-action/'],
	['owner', '一つ星 二つ星', '/guideline/security-action/'],
	['owner', 'IT導入補助金', '/guideline/security-action/'],
	['owner', '社長 3原則', '/guideline/executives/'],
	['owner', '実践編', '/guideline/step-up/'],
	['owner', '相談窓口', '/help/'],
	['owner', 'サイバー攻撃 相談 どこ', '/help/'],
	['owner', '相談 どこ', '/help/'],
	['owner', 'IPA 相談', '/help/'],
	['owner', 'お助け隊 料金', '/otasuketai/'],
	['owner', '料金 上限 お助け隊', '/otasuketai/'],
	['owner', 'お助け隊 大阪', '/otasuketai/osaka/'],
	['owner', '福岡 お助け隊', '/otasuketai/fukuoka/'],
	['owner', 'お助け隊 滋賀', '/otasuketai/shiga/'],
	['owner', '北海道 お助け隊', '/otasuketai/hokkaido/'],
	['owner', 'お助け 熊本', '/otasuketai/kumamoto/'],
	['owner', '熊本県', '/otasuketai/kumamoto/'],
	['owner', 'フリーWi-Fi 危険', '/threats/telework-remote-work-attacks/'],
	['owner', 'ホテル Wi-Fi 感染', '/cases/otasuketai-hotel-wifi-emotet/'],
	['owner', '私物 iPhone', '/cases/otasuketai-private-iphone/'],
	['owner', 'Windows XP', '/cases/otasuketai-windows-xp/'],
	['owner', 'ルーター 初期パスワード', '/threats/iot-device-mismanagement/'],
	['owner', 'クレジットカード 不正利用', '/threats/credit-card-fraud/'],
	['owner', 'ひとり情シス', '/threats/security-talent-shortage/'],
	['owner', 'クラウド 障害 業務停止', '/threats/it-infrastructure-outage/'],
	['owner', 'ワンクリック詐欺', '/threats/one-click-billing-fraud/'],
	['owner', 'サポート詐欺', '/threats/fake-warnings-support-scam/'],
	['owner', 'スマホ決済', '/threats/smartphone-payment-fraud/'],
	['owner', '内部不正', '/threats/insider-threat/'],
	['owner', 'ルーター 乗っ取り', '/cases/broadband-router-hijacking/'],
	// Chamber of commerce and support-body staff: prefectures, regions, teams, material for members.
	['chamber', '大阪商工会議所 調査', '/stats/'],
	['chamber', '商工会議所 取引先 被害', '/stats/'],
	['chamber', '九州 お助け隊', '/otasuketai/regions/kyushu-okinawa/'],
	['chamber', '東北 お助け隊', '/otasuketai/regions/tohoku/'],
	['chamber', '関東 お助け隊', '/otasuketai/regions/kanto/'],
	['chamber', '近畿 お助け隊', '/otasuketai/regions/kinki/'],
	['chamber', '愛知 お助け隊', '/otasuketai/aichi/'],
	['chamber', 'お助け隊 京都', '/otasuketai/kyoto/'],
	['chamber', '東京都 お助け隊', '/otasuketai/tokyo/'],
	['chamber', 'お助け隊 2020 熊本', '/otasuketai/teams/2020-kumamoto/'],
	['chamber', '自動車産業 お助け隊', '/otasuketai/teams/2020-automotive/'],
	['chamber', '防衛 航空宇宙', '/otasuketai/teams/2020-defense-aerospace/'],
	['chamber', '被害事例', '/cases/'],
	['chamber', '取引先 メールサーバー 標的型', '/cases/otasuketai-partner-mail-server/'],
	['chamber', 'お助け隊 サービス 内容', '/otasuketai/'],
	['chamber', 'お助け隊 駆けつけ 保険', '/otasuketai/'],
	// Policymakers and researchers: frameworks, rankings over time, figures and data.
	['policy', 'サプライチェーン 対策評価制度', '/policy/stars/'],
	['policy', 'SCS評価制度', '/policy/stars/'],
	['policy', 'CPSF', '/policy/supply-chain-framework/'],
	['policy', 'サイバーセキュリティ経営ガイドライン', '/policy/management/'],
	['policy', '重要10項目', '/policy/management/'],
	['policy', '産業サイバーセキュリティ研究会', '/policy/directions/'],
	['policy', 'NIST SP800-171', '/policy/international/'],
	['policy', '国際ハーモナイゼーション', '/policy/international/'],
	['policy', '経済産業省 政策 全体像', '/policy/'],
	['policy', 'SC3', '/policy/action-guideline/'],
	['policy', '共有 報告 公表', '/policy/action-guideline/'],
	['policy', '政策 年表', '/policy/timeline/'],
	['policy', '中小企業 施策', '/policy/sme/'],
	['policy', '10大脅威 2026', '/threats/editions/2026/'],
	['policy', '2020年 1位', '/threats/editions/2020/'],
	['policy', '2024 ランキング', '/threats/editions/2024/'],
	['policy', '2016年版 順位', '/threats/editions/2016/'],
	['policy', 'ランキング 推移', '/threats/'],
	['policy', '10大脅威 推移', '/threats/'],
	['policy', '10大脅威 個人', '/threats/individual/'],
	['owner', '個人向け 脅威 順位', '/threats/individual/'],
	['chamber', 'お助け隊 実証事業', '/otasuketai/pilots/'],
	['policy', '実証事業 チーム', '/otasuketai/pilots/'],
	['policy', 'お助け隊 年表', '/otasuketai/history/'],
	['policy', 'お助け隊 これまで', '/otasuketai/history/'],
	['policy', '版 比較', '/threats/compare/'],
	['policy', '検知 日数', '/stats/'],
	['policy', '日米欧 経営層', '/stats/'],
	['policy', 'ダウンロード CSV', '/data/'],
	['policy', 'ウクライナ 停電', '/cases/ukraine-power-blackouts/'],
	['policy', 'WannaCry', '/cases/wannacry/'],
	// English: the words a visitor reading in English types.
	['en', 'ransomware', '/threats/ransomware/'],
	['en', 'phishing', '/threats/phishing/'],
	['en', 'business email compromise', '/threats/business-email-compromise/'],
	['en', 'BEC', '/threats/business-email-compromise/'],
	['en', 'supply chain attack', '/threats/supply-chain-attack/'],
	['en', 'zero-day', '/threats/zero-day-attack/'],
	['en', 'DDoS', '/threats/dos-ddos/'],
	['en', 'insider threat', '/threats/insider-threat/'],
	['en', 'self-check', '/self-check/'],
	['en', 'security action', '/guideline/security-action/'],
	['en', 'JPCERT', '/help/'],
	['en', 'emotet', '/cases/otasuketai-hotel-wifi-emotet/'],
	['en', 'tech support scam', '/threats/fake-warnings-support-scam/'],
	['en', 'remote work', '/threats/telework-remote-work-attacks/'],
	['en', 'AI', '/threats/ai-usage-cyber-risk/'],
	['en', 'otasuketai kumamoto', '/otasuketai/kumamoto/'],
	// Variants and typos: kana, width, spelling, a common word too many.
	['variant', 'らんさむうぇあ', '/threats/ransomware/'],
	['variant', 'ランサムウエア', '/threats/ransomware/'],
	['variant', 'ﾗﾝｻﾑ', '/threats/ransomware/'],
	['variant', 'ランサム', '/threats/ransomware/'],
	['variant', '身代金', '/threats/ransomware/'],
	['variant', 'ＢＥＣ', '/threats/business-email-compromise/'],
	['variant', 'ビジネスメール詐欺', '/threats/business-email-compromise/'],
	['variant', '送金詐欺', '/threats/business-email-compromise/'],
	['variant', '情報漏洩', '/threats/careless-data-leak/'],
	['variant', '漏洩', '/threats/careless-data-leak/'],
	['variant', 'ふぃっしんぐ', '/threats/phishing/'],
	['variant', 'フィッシング詐欺 対策 教えて', '/threats/phishing/'],
	['variant', 'ぜい弱性', '/threats/vulnerability-exploitation/'],
	['variant', 'ホームページ改竄', '/threats/website-defacement/'],
	['variant', 'ＳＥＣＵＲＩＴＹ ＡＣＴＩＯＮ', '/guideline/security-action/'],
	['variant', 'セキュリティーアクション', '/guideline/security-action/'],
	['variant', 'おたすけ隊', '/otasuketai/'],
	['variant', '十大脅威', '/threats/'],
	['variant', 'エモテット', '/cases/otasuketai-hotel-wifi-emotet/'],
	['variant', 'ディードス', '/threats/dos-ddos/'],
	['variant', 'サプライチェーン攻撃とは', '/threats/supply-chain-attack/'],
	['variant', '標的型攻撃', '/threats/targeted-attack/'],
	['variant', 'ゼロデイ', '/threats/zero-day-attack/'],
	['variant', 'ランサムウェア 払う', '/threats/ransomware/'],
	['variant', 'スマホ ウィルス', '/threats/smartphone-malicious-apps/'],
	['variant', 'セルフチェック', '/self-check/'],
	['variant', 'お助け隊 どこ', '/otasuketai/'],
	['variant', 'テレワーク 危険性', '/threats/telework-remote-work-attacks/'],
	// ── help situations (issue 15): what people type when they are in trouble now ──
	['owner', 'ウイルス 感染したら', '/help/malware-infection/'],
	['owner', 'ランサムウェア 感染した', '/help/malware-infection/'],
	['owner', '振り込んでしまった', '/help/money-transferred/'],
	['owner', '組戻し', '/help/money-transferred/'],
	['owner', '情報漏洩 報告', '/help/data-leak/'],
	['owner', '個人情報 漏れた', '/help/data-leak/'],
	['owner', '怪しいメール 開いてしまった', '/help/opened-suspicious-email/'],
	['owner', '添付ファイル 開いた', '/help/opened-suspicious-email/'],
	['owner', 'パスワード 入力してしまった', '/help/phishing-entered/'],
	['owner', 'フィッシング 入力してしまった', '/help/phishing-entered/'],
	['owner', 'ホームページ 改ざんされた', '/help/website-defaced/'],
	['owner', '御社から ウイルスメール', '/help/virus-mail-from-us/'],
	['owner', '警告画面 電話してしまった', '/help/support-scam/'],
	['owner', '困ったとき', '/help/'],
	// ── chamber kit (issue 16) ──
	['chamber', 'チラシ', '/for-chambers/'],
	['chamber', '会員 案内', '/for-chambers/'],
	['chamber', '商工会議所', '/for-chambers/'],
	['chamber', '広報', '/for-chambers/'],
	['chamber', '会報', '/for-chambers/'],
	['chamber', '連絡先 カード', '/for-chambers/help-card/'],
];

let browser: Browser;
let page: Page;
let hints: SearchHints;
beforeAll(async () => {
	hints = JSON.parse(readFileSync('dist/search/hints.json', 'utf8')) as SearchHints;
	browser = await launch();
	page = (await visit(browser, '/search/')).page;
	// A string, so Vitest does not rewrite the browser's own import() into its module loader.
	await page.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		await pagefind.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
		window.pf = pagefind;
		window.hits = new Map();
	})()`);
});
afterAll(() => browser?.close());

type Win = {
	pf: { search(t: string | null, o: object): Promise<{ results: { id: string; score: number; data(): Promise<unknown> }[]; filters: FilterCounts }>; filters(): Promise<FilterCounts> };
	hits: Map<string, { data(): Promise<unknown> }>;
};

/** Pagefind in the real browser, as the runner's engine: the same runner the header box and search page use. */
const engine: SearchEngine = {
	async search(term, filters) {
		const found = await page.evaluate(
			async ([t, f]) => {
				const w = window as unknown as Win;
				const r = await w.pf.search(t, { filters: f });
				for (const h of r.results) w.hits.set(h.id, h);
				return { results: r.results.map((h) => ({ id: h.id, score: h.score })), filters: r.filters };
			},
			[term, filters] as const,
		);
		return {
			filters: found.filters,
			results: found.results.map((h) => ({ ...h, data: () => page.evaluate((id) => (window as unknown as Win).hits.get(id)!.data(), h.id) as never })),
		};
	},
	filters: () => page.evaluate(() => (window as unknown as Win).pf.filters()),
};

/** The URLs of the first `n` results the reader would see. */
async function top(query: string, n = 3): Promise<string[]> {
	const found = await runSearch(engine, query, {}, hints, n);
	return found.results.map((r) => r.url);
}

describe('search quality', () => {
	const outcomes = new Map<string, string[]>();
	it('has at least 120 queries, each from a persona', () => {
		expect(CASES.length).toBeGreaterThanOrEqual(120);
		expect([...new Set(CASES.map(([p]) => p))]).toEqual(expect.arrayContaining(['owner', 'chamber', 'policy', 'en', 'variant']));
	});

	it.each(CASES)('%s: 「%s」 finds something (expected %s)', async (_, query, expected) => {
		const urls = await top(query);
		outcomes.set(`${query}\u0000${expected}`, urls);
		expect(urls.length, `「${query}」 returned nothing; expected ${expected}`).toBeGreaterThan(0);
	});

	it('puts the right page in the top three for at least 95% of queries and first for at least 85%', () => {
		const rows = CASES.map(([persona, query, expected]) => ({ persona, query, expected, urls: outcomes.get(`${query}\u0000${expected}`) ?? [] }));
		const notTop3 = rows.filter((r) => !r.urls.includes(r.expected));
		const notFirst = rows.filter((r) => r.urls[0] !== r.expected);
		const report = (list: typeof rows) => list.map((r) => `  ${r.persona} 「${r.query}」 expected ${r.expected}, got ${r.urls.join(', ') || 'nothing'}`).join('\n');
		const top3 = 1 - notTop3.length / rows.length;
		const first = 1 - notFirst.length / rows.length;
		console.log(`search quality: ${rows.length} queries, top three ${(top3 * 100).toFixed(1)}%, first ${(first * 100).toFixed(1)}%\nnot first:\n${report(notFirst)}`);
		expect(top3, `not in the top three:\n${report(notTop3)}`).toBeGreaterThanOrEqual(0.95);
		expect(first, `not first:\n${report(notFirst)}`).toBeGreaterThanOrEqual(0.85);
	});

	it('says which words it left out when all of them together find nothing', async () => {
		// Both words are on the site, never on one page: the reader gets pages for each, told what the first lacks.
		const found = await runSearch(engine, 'セクストーション 熊本', {}, hints, 3);
		expect(found.leftOut).toEqual(['セクストーション']);
		expect(found.results.map((r) => r.url)).toEqual(expect.arrayContaining(['/otasuketai/kumamoto/', '/threats/threatening-scam-messages/']));
	});

	it('searches only the first words of a pasted 100 kB query, and still finds the page', async () => {
		// A pasted page of text once took 28 s; the query is cut before anything is searched.
		const terms: string[] = [];
		const recording: SearchEngine = { search: (term, f) => (terms.push(term ?? ''), engine.search(term, f)), filters: engine.filters };
		const found = await runSearch(recording, 'ランサムウェア '.repeat(12_500), {}, hints, 3);
		expect(terms.length).toBeGreaterThan(0);
		for (const term of terms) expect(term.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
		expect(found.results[0]?.url).toBe('/threats/ransomware/');
	});
});
