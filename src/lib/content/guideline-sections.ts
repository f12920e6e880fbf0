// The guideline sections a self-check action can link to, in one table. The anchors are the ids Astro
// gives the headings of content/guideline/*.mdx (github-slugger: punctuation dropped, spaces become
// hyphens); rename a heading there and scripts/check-links.ts fails on the built site until this
// table follows. The 5か条 anchors come from BasicRuleList.astro (id="rule-N").
import { t } from '../../i18n/index.ts';
import { routes } from '../routes.ts';
import type { GuidelineSectionKey } from '../../vocab/guideline-sections.ts';

/** One guideline section: where it is and how an action's link names it. */
export interface GuidelineSection {
	/** Site path with the heading's id as fragment. */
	href: string;
	/** Link text, starting with 「ガイドライン：」 like every guideline link in the action list. */
	label: string;
}

/** Every section a self-check item may name in its `guideline` field, keyed by a short stable id. */
export const GUIDELINE_SECTIONS = {
	'rule-1': { href: routes.basicRule(1), label: 'ガイドライン：5か条の1' },
	'rule-2': { href: routes.basicRule(2), label: 'ガイドライン：5か条の2' },
	'rule-3': { href: routes.basicRule(3), label: 'ガイドライン：5か条の3' },
	'rule-4': { href: routes.basicRule(4), label: 'ガイドライン：5か条の4' },
	'rule-5': { href: routes.basicRule(5), label: 'ガイドライン：5か条の5' },
	'principle-1': { href: `${routes.guidelinePage('executives')}#原則1-情報セキュリティ対策は経営者のリーダーシップで進める`, label: 'ガイドライン：経営者の3原則の1（経営者のリーダーシップ）' },
	'principle-2': { href: `${routes.guidelinePage('executives')}#原則2-委託先の情報セキュリティ対策まで考慮する`, label: 'ガイドライン：経営者の3原則の2（委託先の対策まで考える）' },
	'principle-3': {
		href: `${routes.guidelinePage('executives')}#原則3-関係者とは常に情報セキュリティに関するコミュニケーションをとる`,
		label: 'ガイドライン：経営者の3原則の3（関係者とのコミュニケーション）',
	},
	'action-1': { href: `${routes.guidelinePage('executives')}#1-情報セキュリティに関する組織全体の対応方針を定める`, label: 'ガイドライン：重要7項目の1（組織全体の対応方針）' },
	'action-2': { href: `${routes.guidelinePage('executives')}#2-情報セキュリティ対策のための予算や人材などを確保する`, label: 'ガイドライン：重要7項目の2（予算や人材の確保）' },
	'action-3': { href: `${routes.guidelinePage('executives')}#3-必要と考えられる対策を検討させて実行を指示する`, label: 'ガイドライン：重要7項目の3（対策の検討と実行の指示）' },
	'action-4': { href: `${routes.guidelinePage('executives')}#4-情報セキュリティ対策に関する適宜の見直しを指示する`, label: 'ガイドライン：重要7項目の4（対策の見直し）' },
	'action-5': { href: `${routes.guidelinePage('executives')}#5-緊急時の対応や復旧のための体制を整備する`, label: 'ガイドライン：重要7項目の5（緊急時の対応と復旧の体制）' },
	'action-6': { href: `${routes.guidelinePage('executives')}#6-委託や外部サービス利用の際にはセキュリティに関する責任を明確にする`, label: 'ガイドライン：重要7項目の6（委託や外部サービスの責任）' },
	'action-7': { href: `${routes.guidelinePage('executives')}#7-情報セキュリティに関する最新動向を収集する`, label: 'ガイドライン：重要7項目の7（最新動向の収集）' },
	'step-up-1': { href: `${routes.guidelinePage('step-up')}#段階1できるところから始める`, label: 'ガイドライン：実践編の段階1（できるところから始める）' },
	'step-up-2': { href: `${routes.guidelinePage('step-up')}#段階2組織として取り組みを始める`, label: 'ガイドライン：実践編の段階2（組織として取り組みを始める）' },
	'step-up-3': { href: `${routes.guidelinePage('step-up')}#段階3本格的に取り組む`, label: 'ガイドライン：実践編の段階3（本格的に取り組む）' },
} as const satisfies Record<GuidelineSectionKey, GuidelineSection>;

export type { GuidelineSectionKey } from '../../vocab/guideline-sections.ts';

/** The section a self-check item's action links to: its 5か条 rule, else its `guideline` key, else the step-up path. */
export function guidelineSectionOf(item: { basicRule?: number | undefined; guideline?: GuidelineSectionKey | undefined }): GuidelineSection {
	if (item.basicRule !== undefined) return GUIDELINE_SECTIONS[`rule-${item.basicRule}` as GuidelineSectionKey];
	if (item.guideline !== undefined) return GUIDELINE_SECTIONS[item.guideline];
	return { href: routes.guidelinePage('step-up'), label: 'ガイドライン：段階的な進め方' };
}

/**
 * en-selfcheck (#22): the section an item's action links to on the English self-check. The 5 basic rules
 * and the owner's 3 principles and 7 actions have English pages; the step-up path has none yet, so its
 * link goes to the Japanese page and says so (`hreflang: 'ja'`).
 */
export function englishGuidelineSectionOf(item: { basicRule?: number | undefined; guideline?: GuidelineSectionKey | undefined }): GuidelineSection & { hreflang?: 'ja' } {
	const key: string = item.basicRule !== undefined ? `rule-${item.basicRule}` : (item.guideline ?? 'step-up');
	const [, kind, n = ''] = /^([a-z-]+?)(?:-(\d+))?$/.exec(key) ?? [];
	if (kind === 'rule') return { href: routes.basicRule(Number(n), 'en'), label: t('selfCheck.guide.rule', 'en', { n }) };
	if (kind === 'principle') return { href: `${routes.guidelinePage('executives', 'en')}#principles`, label: t('selfCheck.guide.principle', 'en', { n }) };
	if (kind === 'action') return { href: `${routes.guidelinePage('executives', 'en')}#actions`, label: t('selfCheck.guide.action', 'en', { n }) };
	const ja = guidelineSectionOf(item);
	return { href: ja.href, label: n ? t('selfCheck.guide.stepUp', 'en', { n }) : t('selfCheck.guide.stepUpAll', 'en'), hreflang: 'ja' };
}
