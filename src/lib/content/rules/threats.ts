// Rules of the threat catalog (content/threats/catalog/).
import { routes, THREATS_OWN_PAGES } from '../../routes.ts';
import { problemAt, unknownThreat, type ContentProblem, type RuleInput } from './problem.ts';

/** A threat's related threats must exist; a threat's id must not be the name of one of the section's own pages. */
export function threatRules({ valid, ids }: RuleInput): ContentProblem[] {
	return valid.threats.flatMap((t) => [
		// #20: /threats/<id>/ and /threats/individual/ (or trends, compare, editions) would be one address.
		...(THREATS_OWN_PAGES.includes(t.id) ? [problemAt(t, '', `the id "${t.id}" clashes with the page ${routes.threat(t.id)}: rename the file (the id is its name)`)] : []),
		...t.data.related.flatMap((r, i) => (ids.threats.has(r) ? [] : [problemAt(t, `related[${i}]`, unknownThreat(r))])),
	]);
}
