import type { HelpContact } from '../../schemas/help.ts';
import { orderContactIds } from './help.ts';

/** A help contact with its id, as the cards list it. */
export type CardContact = HelpContact & { id: string };

/** Every help contact, in the order /help/ lists them; a contact added later appears without code changes. */
export function cardContacts(byId: ReadonlyMap<string, HelpContact>): CardContact[] {
	return orderContactIds(byId.keys()).map((id) => ({ id, ...byId.get(id)! }));
}
