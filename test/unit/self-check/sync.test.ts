import { describe, expect, it } from 'vitest';
import { addToReport, isNews, mergeSaved, takeTheirs, type Merge } from '../../../src/lib/self-check/sync.ts';
import { ANSWERS, type Answers, type SavedState } from '../../../src/lib/self-check/types.ts';
import { random } from './items.ts';

const state = (answers: Answers, history: SavedState['history'] = []): SavedState => ({ answers, history });
const EMPTY = state({});

describe('merging another tab’s save into this tab', () => {
	it('keeps this tab’s answers and adds the other tab’s (the two-tab overwrite)', () => {
		// Both tabs opened empty; the other answered No.1, this one No.2.
		const m = mergeSaved(EMPTY, state({ 1: 'yes' }), state({ 2: 'no' }));
		expect(m.state).toEqual(state({ 1: 'yes', 2: 'no' }));
		expect(m.applied).toEqual([{ number: 1, from: undefined, to: 'yes' }]);
		expect(m.conflicts).toEqual([]);
	});

	it('follows the other tab where only it changed an answer, clearing included', () => {
		const base = state({ 1: 'yes', 2: 'no', 3: 'partial' });
		const m = mergeSaved(base, state({ 1: 'no', 3: 'partial' }), base);
		expect(m.state.answers).toEqual({ 1: 'no', 3: 'partial' });
		expect(m.applied).toEqual([
			{ number: 1, from: 'yes', to: 'no' },
			{ number: 2, from: 'no', to: undefined },
		]);
	});

	it('keeps this tab’s answer where both changed the same item differently, and names the other', () => {
		const m = mergeSaved(state({ 4: 'yes' }), state({ 4: 'no' }), state({ 4: 'unknown' }));
		expect(m.state.answers).toEqual({ 4: 'unknown' });
		expect(m.applied).toEqual([]);
		expect(m.conflicts).toEqual([{ number: 4, ours: 'unknown', theirs: 'no' }]);
		expect(takeTheirs(m.state, m.conflicts, m.recordConflicts).answers).toEqual({ 4: 'no' });
	});

	it('reports nothing when both tabs made the same change, or the other changed nothing', () => {
		expect(isNews(mergeSaved(EMPTY, state({ 1: 'yes' }), state({ 1: 'yes' })))).toBe(false);
		expect(isNews(mergeSaved(state({ 1: 'yes' }), state({ 1: 'yes' }), state({ 1: 'no' })))).toBe(false);
	});

	it('merges kept results by date: adds, removes, and keeps this tab’s record in a conflict', () => {
		const jan = { date: '2026-01-15', answers: { 1: 'yes' } as Answers };
		const may = { date: '2026-05-01', answers: { 1: 'no' } as Answers };
		const added = mergeSaved(state({}, [jan]), state({}, [jan, may]), state({ 2: 'yes' }, [jan]));
		expect(added.state).toEqual(state({ 2: 'yes' }, [jan, may]));
		expect(added.records).toEqual(['2026-05-01']);
		const removed = mergeSaved(state({}, [jan, may]), state({}, [may]), state({}, [jan, may]));
		expect(removed.state.history).toEqual([may]);
		expect(removed.records).toEqual(['2026-01-15']);
		const clash = mergeSaved(state({}, [jan]), state({}, [{ date: jan.date, answers: { 1: 'partial' } }]), state({}, [{ date: jan.date, answers: { 1: 'unknown' } }]));
		expect(clash.state.history).toEqual([{ date: jan.date, answers: { 1: 'unknown' } }]);
		expect(clash.recordConflicts).toEqual([{ date: jan.date, theirs: { 1: 'partial' } }]);
		expect(takeTheirs(clash.state, [], clash.recordConflicts).history).toEqual([{ date: jan.date, answers: { 1: 'partial' } }]);
	});

	it('never loses an answer silently: every item ends as this tab’s, or as the other’s with a line saying so', () => {
		const rnd = random(7);
		const pickAnswers = (from: Answers) => {
			const out: Answers = {};
			for (let n = 1; n <= 25; n++) {
				const r = rnd();
				const a = r < 0.6 ? from[n] : r < 0.8 ? ANSWERS[Math.floor(rnd() * 4)] : undefined;
				if (a) out[n] = a;
			}
			return out;
		};
		for (let run = 0; run < 300; run++) {
			const base = pickAnswers({});
			const theirs = pickAnswers(base);
			const ours = pickAnswers(base);
			const m = mergeSaved(state(base), state(theirs), state(ours));
			for (let n = 1; n <= 25; n++) {
				const line = m.applied.find((c) => c.number === n);
				const conflict = m.conflicts.find((c) => c.number === n);
				if (m.state.answers[n] !== ours[n]) expect(line, `No.${n}`).toEqual({ number: n, from: ours[n], to: theirs[n] });
				if (theirs[n] !== base[n] && m.state.answers[n] !== theirs[n]) expect(conflict, `No.${n}`).toEqual({ number: n, ours: ours[n], theirs: theirs[n] });
			}
			// The other tab, applying this tab's merged save as its own change, ends in the same state.
			expect(mergeSaved(state(theirs), m.state, state(theirs)).state).toEqual(m.state);
		}
	});
});

describe('the report of other tabs’ changes', () => {
	const merge = (over: Partial<Merge>): Merge => ({ state: EMPTY, applied: [], conflicts: [], records: [], recordConflicts: [], ...over });

	it('shows each item once, from its first answer to its latest, and drops one that came back', () => {
		let r = addToReport(
			undefined,
			merge({
				applied: [
					{ number: 3, from: undefined, to: 'yes' },
					{ number: 5, from: 'yes', to: 'no' },
				],
			}),
		);
		r = addToReport(
			r,
			merge({
				applied: [
					{ number: 3, from: 'yes', to: 'partial' },
					{ number: 5, from: 'no', to: 'yes' },
				],
			}),
		);
		expect(r.applied).toEqual([{ number: 3, from: undefined, to: 'partial' }]);
	});

	it('starts an item’s line again from the reader’s answer when they changed it in between', () => {
		let r = addToReport(undefined, merge({ applied: [{ number: 4, from: undefined, to: 'yes' }] }));
		// The reader then answered わからない here; the other tab changes it to 一部.
		r = addToReport(r, merge({ applied: [{ number: 4, from: 'unknown', to: 'partial' }] }));
		expect(r.applied).toEqual([{ number: 4, from: 'unknown', to: 'partial' }]);
	});

	it('drops a conflict once the item follows the other tab', () => {
		let r = addToReport(undefined, merge({ conflicts: [{ number: 2, ours: 'yes', theirs: 'no' }], records: ['2026-01-15'] }));
		expect(r.conflicts).toHaveLength(1);
		r = addToReport(r, merge({ applied: [{ number: 2, from: 'yes', to: 'no' }] }));
		expect(r.conflicts).toEqual([]);
		expect(r.records).toEqual(['2026-01-15']);
	});
});
