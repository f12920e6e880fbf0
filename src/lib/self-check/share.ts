import { ANSWERS, ITEM_COUNT, type Answers, type SavedState } from './types.ts';

// Share links carry the answers in the URL fragment (#share=1-…), which browsers never send to a
// server. One character per item in number order: 0 unanswered, 1–4 the answers in sheet order.

/** Fragment parameter name. */
export const SHARE_PARAM = 'share';

/** Format version, the part before the dash. */
const SHARE_VERSION = '1';

/** The fragment (without '#') for `answers`. */
export function encodeShare(answers: Answers): string {
	let code = '';
	for (let n = 1; n <= ITEM_COUNT; n++) {
		const a = answers[n];
		code += a === undefined ? '0' : String(ANSWERS.indexOf(a) + 1);
	}
	return `${SHARE_PARAM}=${SHARE_VERSION}-${code}`;
}

/** What a fragment holds: nothing to do with sharing, a valid share, or a broken one. */
export type SharedFragment = { kind: 'none' } | { kind: 'ok'; answers: Answers } | { kind: 'bad'; code: BadShareCode };

/** Why a share link is broken, as a code a page words in its own language (selfCheck.badShare.<code>). */
export type BadShareCode = 'format' | 'length' | 'chars';

/** Read a location.hash (with or without '#'). Other fragments, such as #item-5, are not shares. */
export function decodeShare(hash: string): SharedFragment {
	const fragment = hash.replace(/^#/, '');
	if (!fragment.startsWith(`${SHARE_PARAM}=`)) return { kind: 'none' };
	const value = fragment.slice(SHARE_PARAM.length + 1);
	const [version, code, ...rest] = value.split('-');
	if (version !== SHARE_VERSION || rest.length > 0 || code === undefined) return { kind: 'bad', code: 'format' };
	if (code.length !== ITEM_COUNT) return { kind: 'bad', code: 'length' };
	if (!/^[0-4]+$/.test(code)) return { kind: 'bad', code: 'chars' };
	const answers: Answers = {};
	[...code].forEach((c, i) => {
		if (c !== '0') answers[i + 1] = ANSWERS[Number(c) - 1];
	});
	return { kind: 'ok', answers };
}

/** What the self-check shows: `shown` is on screen; `own` is the reader's saved state set aside while a share is shown (null: `shown` is their own and is saved). */
export interface ShareView {
	shown: SavedState;
	own: SavedState | null;
}

/**
 * The view after the address's fragment changes to `hash`. A valid share shows its answers and sets the
 * reader's own aside (with their kept results still listed); a broken one goes back to the reader's own
 * answers and says why, so the screen never keeps showing answers that are no longer being saved.
 * Any other fragment (#item-5, #sc-result) changes nothing.
 */
export function followFragment(hash: string, view: ShareView): ShareView & { bad?: BadShareCode } {
	const shared = decodeShare(hash);
	if (shared.kind === 'none') return view;
	const own = view.own ?? view.shown;
	if (shared.kind === 'bad') return { shown: own, own: null, bad: shared.code };
	return { shown: { answers: shared.answers, history: own.history }, own };
}
