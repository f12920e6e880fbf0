import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, followFragment } from '../../../src/lib/self-check/share.ts';
import { ANSWERS, type Answers } from '../../../src/lib/self-check/types.ts';
import { random } from './items.ts';

describe('share link', () => {
	it('round-trips random answers, unanswered items included', () => {
		const rnd = random(42);
		for (let run = 0; run < 500; run++) {
			const answers: Answers = {};
			for (let n = 1; n <= 25; n++) if (rnd() < 0.7) answers[n] = ANSWERS[Math.floor(rnd() * 4)]!;
			const fragment = encodeShare(answers);
			expect(fragment).toMatch(/^share=1-[0-4]{25}$/);
			expect(decodeShare(`#${fragment}`)).toEqual({ kind: 'ok', answers });
		}
	});

	it('encodes answers in sheet order, one digit per item', () => {
		expect(encodeShare({ 1: 'yes', 2: 'partial', 3: 'no', 4: 'unknown', 25: 'yes' })).toBe('share=1-1234000000000000000000001');
	});

	it.each(['', '#', '#item-5', '#checklist', '#sharex'])('ignores the unrelated fragment %j', (hash) => {
		expect(decodeShare(hash)).toEqual({ kind: 'none' });
	});

	it.each([
		['#share=1-123', 'length'],
		['#share=1-12340000000000000000000015', 'length'],
		['#share=2-1234000000000000000000001', 'format'],
		['#share=1-123400000000000000000000x', 'chars'],
		['#share=1-1234000000000000000000005', 'chars'],
		['#share=', 'format'],
		['#share=1-1234-000000000000000000001', 'format'],
	])('reports the broken share %s as %s', (hash, code) => {
		const d = decodeShare(hash);
		expect(d.kind).toBe('bad');
		expect(d).toEqual({ kind: 'bad', code });
	});

	it('never throws on random fragments', () => {
		const rnd = random(99);
		for (let run = 0; run < 2000; run++) {
			const len = Math.floor(rnd() * 40);
			const s = Array.from({ length: len }, () => String.fromCharCode(Math.floor(rnd() * 0x3100))).join('');
			const d = decodeShare(`#share=${rnd() < 0.5 ? '1-' : ''}${s}`);
			expect(['ok', 'bad']).toContain(d.kind);
		}
	});
});

describe('following the fragment', () => {
	const own = { answers: { 1: 'no' as const }, history: [{ date: '2026-01-15', answers: { 1: 'yes' as const } }] };
	const valid = `#share=1-${'1'.repeat(25)}`;

	it('shows a valid share and sets the reader’s own answers aside, their kept results still listed', () => {
		const v = followFragment(valid, { shown: own, own: null });
		expect(v.own).toEqual(own);
		expect(Object.keys(v.shown.answers)).toHaveLength(25);
		expect(v.shown.history).toEqual(own.history);
	});

	it('goes back to the reader’s own (saved) answers when a broken link follows a valid one', () => {
		const shared = followFragment(valid, { shown: own, own: null });
		const v = followFragment('#share=1-12', shared);
		expect(v).toEqual({ shown: own, own: null, bad: 'length' });
	});

	it('keeps the reader’s own answers aside from one share to the next', () => {
		const first = followFragment(valid, { shown: own, own: null });
		const second = followFragment(`#share=1-${'3'.repeat(25)}`, first);
		expect(second.own).toEqual(own);
		expect(second.shown.answers[1]).toBe('no');
		expect(second.shown.answers[2]).toBe('no');
	});

	it('changes nothing for other fragments, in a share or not', () => {
		const shared = followFragment(valid, { shown: own, own: null });
		expect(followFragment('#sc-result', shared)).toBe(shared);
		const mine = { shown: own, own: null };
		expect(followFragment('#item-5', mine)).toBe(mine);
	});
});
