// Rules of the threat catalog (content/threats/catalog/).
import { problemAt, unknownThreat, type ContentProblem, type RuleInput } from './problem.ts';

/** A threat's related threats must exist. */
export function threatRules({ valid, ids }: RuleInput): ContentProblem[] {
	return valid.threats.flatMap((t) => t.data.related.flatMap((r, i) => (ids.threats.has(r) ? [] : [problemAt(t, `related[${i}]`, unknownThreat(r))])));
}
