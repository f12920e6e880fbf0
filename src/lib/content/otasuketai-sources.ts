import type { Pilot } from '../../schemas/otasuketai.ts';
import type { Source } from '../../schemas/source.ts';

/** Sources of the service description shown on every お助け隊 page (IPA's FAQ and service page, METI's slide). */
export const SERVICE_SOURCES: readonly Source[] = [
	{ title: 'サイバーセキュリティお助け隊サービス制度に関するFAQ', publisher: '独立行政法人情報処理推進機構（IPA）', date: '2025-06-02', url: 'https://www.ipa.go.jp/security/sme/otasuketai/otasuketai-faq.html' },
	{ title: 'サイバーセキュリティお助け隊サービス', publisher: '独立行政法人情報処理推進機構（IPA）', date: '2021-09-17', url: 'https://www.ipa.go.jp/security/keihatsu/sme/otasuketai/' },
	{ title: 'サプライチェーン全体のサイバーセキュリティ強化に向けた取組について', publisher: '経済産業省', date: '2020', file: '004_b0234059c48dec72.txt' },
];

/** IPA's page listing the registered お助け隊 services (the current list is not mirrored here). */
export const IPA_SERVICE_LIST_URL = 'https://www.ipa.go.jp/security/keihatsu/sme/otasuketai/';

/** Sources for a page about the service and the pilots: the service sources, then each pilot's, each document once. */
export function otasuketaiSources(pilots: readonly Pilot[]): Source[] {
	const all = [...SERVICE_SOURCES, ...pilots.flatMap((p) => p.sources)];
	return all.filter((s, i) => all.findIndex((x) => x.title === s.title && x.date === s.date) === i);
}
