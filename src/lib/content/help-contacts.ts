import { getCollection } from 'astro:content';
import type { HelpContact } from '../../schemas/help.ts';
import { orderContactIds } from './help.ts';

/** Every help contact (content/help/), in the order /help/ lists them; a contact added later appears without code changes. */
export async function getCardContacts(): Promise<(HelpContact & { id: string })[]> {
	const byId = new Map((await getCollection('help')).map((c) => [c.id, { id: c.id, ...(c.data as HelpContact) }]));
	return orderContactIds(byId.keys()).map((id) => byId.get(id)!);
}
