import type { FigureData } from '../charts/figure-data.ts';

// What METI's 2017 slide (shared/sources/000_…txt, 例①) shows for the automotive example: one place for the
// words the diagram draws, its text equivalent and its CSV download.

/** The automotive supply-chain example, as the slide names its parts. */
export const SUPPLY_CHAIN_DIAGRAM = {
	/** Tier 1 suppliers drawn. */
	tier1: ['ECU', '通信モジュール'],
	/** How many Tier 2 suppliers are drawn. */
	tier2Count: 4,
	/** What each company has certified or checked. */
	checked: ['製品・サービス', '製造プロセス', 'システム管理', 'データ管理'],
	/** The risk points listed for the chain. */
	risks: ['製造段階でのバックドア混入', '機密データの流出', 'サイバー攻撃によるサプライチェーン停止', '自動運転車の誤作動・暴走'],
	/** The goal under the chain. */
	goal: 'サプライチェーン全体のサイバーセキュリティ確保',
} as const;

/** The diagram's parts as rows (part, what it says), for its CSV download. */
export function supplyChainDiagramData(file: string): FigureData {
	const d = SUPPLY_CHAIN_DIAGRAM;
	return {
		file,
		columns: ['区分', '内容'],
		rows: [
			['OEMメーカー', '完成車'],
			...d.tier1.map((t) => ['Tier 1', t]),
			['Tier 2', `${d.tier2Count}社`],
			...d.checked.map((c) => ['認証・確認の対象', c]),
			...d.risks.map((r) => ['セキュリティリスク・ポイント', r]),
			['目指すこと', d.goal],
		],
	};
}
