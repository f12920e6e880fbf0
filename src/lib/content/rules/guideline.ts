// Rules of the 5か条 (content/guideline/basic-rules/).
import { uniqueNumbers, type ContentProblem, type RuleInput } from './problem.ts';

/** Each basic rule has its own number, and its file is named after it. */
export function basicRuleRules({ valid }: RuleInput): ContentProblem[] {
	return uniqueNumbers(valid.basicRules, 'number', true);
}
