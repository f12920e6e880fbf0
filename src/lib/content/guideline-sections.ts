// The guideline sections a self-check action can link to, in one table. The anchors are the ids Astro
// gives the headings of content/guideline/*.mdx (github-slugger: punctuation dropped, spaces become
// hyphens); rename a heading there and scripts/check-links.ts fails on the built site until this
// table follows. The 5か条 anchors come from BasicRuleList.astro (id="rule-N").
import { t, type UiKey } from '../../i18n/index.ts';
import { routes } from '../routes.ts';
import type { GuidelineSectionKey } from '../../vocab/guideline-sections.ts';

/** One guideline section: where it is and how an action's link names it. */
export interface GuidelineSection {
	/** Site path with the heading's id as fragment. */
	href: string;
	/** Link text, starting with 「ガイドライン：」 like every guideline link in the action list. */
	label: string;
}

// the labels are the dictionary's: 'selfCheck.guide.<kind>' with the number, and for the owner's
// principles and actions and the step-up stages the section's topic ('guideline.topic.<key>') after it.
const rule = (n: number): string => t('selfCheck.guide.rule', 'ja', { n });
const withTopic = (kind: 'principle' | 'action' | 'stepUp', n: number, key: GuidelineSectionKey): string =>
	t('selfCheck.guide.withTopic', 'ja', { label: t(`selfCheck.guide.${kind}`, 'ja', { n }), topic: t(`guideline.topic.${key}` as UiKey, 'ja') });

/** Every section a self-check item may name in its `guideline` field, keyed by a short stable id. */
export const GUIDELINE_SECTIONS = {
	'rule-1': { href: routes.basicRule(1), label: rule(1) },
	'rule-2': { href: routes.basicRule(2), label: rule(2) },
	'rule-3': { href: routes.basicRule(3), label: rule(3) },
	'rule-4': { href: routes.basicRule(4), label: rule(4) },
	'rule-5': { href: routes.basicRule(5), label: rule(5) },
	'principle-1': { href: `${routes.guidelinePage('executives')}#原則1-情報セキュリティ対策は経営者のリーダーシップで進める`, label: withTopic('principle', 1, 'principle-1') },
	'principle-2': { href: `${routes.guidelinePage('executives')}#原則2-委託先の情報セキュリティ対策まで考慮する`, label: withTopic('principle', 2, 'principle-2') },
	'principle-3': {
		href: `${routes.guidelinePage('executives')}#原則3-関係者とは常に情報セキュリティに関するコミュニケーションをとる`,
		label: withTopic('principle', 3, 'principle-3'),
	},
	'action-1': { href: `${routes.guidelinePage('executives')}#1-情報セキュリティに関する組織全体の対応方針を定める`, label: withTopic('action', 1, 'action-1') },
	'action-2': { href: `${routes.guidelinePage('executives')}#2-情報セキュリティ対策のための予算や人材などを確保する`, label: withTopic('action', 2, 'action-2') },
	'action-3': { href: `${routes.guidelinePage('executives')}#3-必要と考えられる対策を検討させて実行を指示する`, label: withTopic('action', 3, 'action-3') },
	'action-4': { href: `${routes.guidelinePage('executives')}#4-情報セキュリティ対策に関する適宜の見直しを指示する`, label: withTopic('action', 4, 'action-4') },
	'action-5': { href: `${routes.guidelinePage('executives')}#5-緊急時の対応や復旧のための体制を整備する`, label: withTopic('action', 5, 'action-5') },
	'action-6': { href: `${routes.guidelinePage('executives')}#6-委託や外部サービス利用の際にはセキュリティに関する責任を明確にする`, label: withTopic('action', 6, 'action-6') },
	'action-7': { href: `${routes.guidelinePage('executives')}#7-情報セキュリティに関する最新動向を収集する`, label: withTopic('action', 7, 'action-7') },
	'step-up-1': { href: `${routes.guidelinePage('step-up')}#段階1できるところから始める`, label: withTopic('stepUp', 1, 'step-up-1') },
	'step-up-2': { href: `${routes.guidelinePage('step-up')}#段階2組織として取り組みを始める`, label: withTopic('stepUp', 2, 'step-up-2') },
	'step-up-3': { href: `${routes.guidelinePage('step-up')}#段階3本格的に取り組む`, label: withTopic('stepUp', 3, 'step-up-3') },
} as const satisfies Record<GuidelineSectionKey, GuidelineSection>;

export type { GuidelineSectionKey } from '../../vocab/guideline-sections.ts';

/** The section a self-check item's action links to: its 5か条 rule, else its `guideline` key, else the step-up path. */
export function guidelineSectionOf(item: { basicRule?: number | undefined; guideline?: GuidelineSectionKey | undefined }): GuidelineSection {
	if (item.basicRule !== undefined) return GUIDELINE_SECTIONS[`rule-${item.basicRule}` as GuidelineSectionKey];
	if (item.guideline !== undefined) return GUIDELINE_SECTIONS[item.guideline];
	return { href: routes.guidelinePage('step-up'), label: t('selfCheck.guide.stepUpAll', 'ja') };
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
