// English edition (issue 22): English words computed from data, so no fact is written twice. Pure.

/** A romanised place name from its URL slug: 'kyushu-okinawa' → 'Kyushu-Okinawa', 'tokyo' → 'Tokyo'. */
export function romanName(slug: string): string {
	return slug
		.split('-')
		.map((w) => w.charAt(0).toUpperCase() + w.slice(1))
		.join('-');
}

/** A yen price ceiling in English: (10000, 'month') → '¥10,000 or less a month'. */
export function describeCeilingEn(limit: number, per: 'month' | 'device-month'): string {
	const yen = `¥${new Intl.NumberFormat('en-GB').format(limit)}`;
	return per === 'month' ? `${yen} or less a month` : `${yen} or less per device a month`;
}

// Kana, CJK ideographs and full-width forms; digits and ASCII between two such characters (5か条, 第3.1版)
// stay in the Japanese run, so a name is never cut in two.
const JA_CHAR = '[\\u3000-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]';
const JA_RUN = new RegExp(`${JA_CHAR}+(?:[0-9A-Za-z./-]*${JA_CHAR}+)*`, 'g');

/** One stretch of a mixed English/Japanese string, with whether it is Japanese. */
export interface ScriptRun {
	text: string;
	ja: boolean;
}

/**
 * Split an English sentence that quotes Japanese names into runs, so the page can mark each Japanese run
 * lang="ja" (screen readers switch voice, browsers pick Japanese fonts): 'IPA (情報処理推進機構)' →
 * [{ 'IPA (' }, { '情報処理推進機構', ja }, { ')' }].
 */
export function scriptRuns(text: string): ScriptRun[] {
	const runs: ScriptRun[] = [];
	let last = 0;
	for (const m of text.matchAll(JA_RUN)) {
		if (m.index > last) runs.push({ text: text.slice(last, m.index), ja: false });
		runs.push({ text: m[0], ja: true });
		last = m.index + m[0].length;
	}
	if (last < text.length) runs.push({ text: text.slice(last), ja: false });
	return runs;
}
