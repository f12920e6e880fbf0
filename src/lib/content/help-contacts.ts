import { getCollection } from 'astro:content';
import type { HelpContact } from '../../schemas/help.ts';
import { orderContactsForCard } from '../kit.ts';

/** Every help contact (content/help/), in desk-card order; any contact added later appears without code changes. */
export async function getCardContacts(): Promise<(HelpContact & { id: string })[]> {
	return orderContactsForCard((await getCollection('help')).map((c) => ({ id: c.id, ...(c.data as HelpContact) })));
}
