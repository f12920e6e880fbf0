// The rules that span content files, one module per area, run in this order (the order of the messages).
import { caseRules } from './cases.ts';
import { editionRules } from './editions.ts';
import { englishRules } from './english.ts';
import { basicRuleRules } from './guideline.ts';
import { helpRules } from './help.ts';
import { pilotRules } from './pilots.ts';
import type { ContentProblem, ContentRule, RuleInput } from './problem.ts';
import { selfCheckRules } from './self-check.ts';
import { statRules } from './stats.ts';
import { threatRules } from './threats.ts';

/** Every cross-file rule; add a new area's rule here, with a fixture under test/fixtures/invalid/ that breaks it. */
export const CONTENT_RULES: readonly ContentRule[] = [threatRules, editionRules, basicRuleRules, selfCheckRules, caseRules, helpRules, pilotRules, statRules, englishRules];

/** Run every cross-file rule over the checked content. */
export function crossFileProblems(input: RuleInput): ContentProblem[] {
	return CONTENT_RULES.flatMap((rule) => rule(input));
}
