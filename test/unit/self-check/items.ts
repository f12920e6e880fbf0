import type { Actor, CheckItem, Part } from '../../../src/lib/self-check/types.ts';

/** 25 items shaped like IPA's sheet: 5 basic, 13 employee, 7 organisation; actors cycle so groups are mixed. */
export const ITEMS: CheckItem[] = Array.from({ length: 25 }, (_, i) => {
	const number = i + 1;
	const part: Part = number <= 5 ? 'basic' : number <= 18 ? 'employee' : 'organization';
	const actor: Actor = (['it', 'everyone', 'owner'] as const)[i % 3]!;
	return { number, part, actor };
});

/** A seeded pseudo-random generator (mulberry32), so fuzz failures can be replayed. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
