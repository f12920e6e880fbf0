// Where each policy page lives. Pure: no astro:content.

/** Entry id of the section's top page, rendered at /policy/ rather than /policy/[slug]/. */
export const POLICY_OVERVIEW_ID = 'overview';

/** The URL of a policy page by entry id: '/policy/' for the overview, '/policy/<id>/' for the rest. */
export function policyPath(id: string): string {
	return id === POLICY_OVERVIEW_ID ? '/policy/' : `/policy/${id}/`;
}
