import type { HelpContact } from '../../schemas/help.ts';
import { orderContactIds } from './help.ts';
import { getHelpContacts } from './queries.ts';

/** Every help contact (content/help/), in the order /help/ lists them; a contact added later appears without code changes. */
export async function getCardContacts(): Promise<(HelpContact & { id: string })[]> {
	const byId = await getHelpContacts();
	return orderContactIds(byId.keys()).map((id) => ({ id, ...byId.get(id)! }));
}
