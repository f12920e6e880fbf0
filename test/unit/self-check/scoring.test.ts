import { describe, expect, it } from 'vitest';
import { actionsOf, gainOf, groupActions, readinessOf } from '../../../src/lib/self-check/plan.ts';
import { bandOf, scoreOf } from '../../../src/lib/self-check/scoring.ts';
import type { Answer, Answers } from '../../../src/lib/self-check/types.ts';
import { ITEMS } from './items.ts';

const all = (a: Answer): Answers => Object.fromEntries(ITEMS.map((i) => [i.number, a]));

describe('scoreOf', () => {
	it.each([
		['yes', 100, [20, 52, 28]],
		['partial', 50, [10, 26, 14]],
		['no', 0, [0, 0, 0]],
		['unknown', -25, [-5, -13, -7]],
	] as const)('scores 25 × %s as %i (parts %j)', (answer, total, parts) => {
		const s = scoreOf(ITEMS, all(answer));
		expect(s.score).toBe(total);
		expect(s.max).toBe(100);
		expect(s.complete).toBe(true);
		expect(s.parts.map((p) => p.score)).toEqual(parts);
		expect(s.parts.map((p) => p.max)).toEqual([20, 52, 28]);
	});

	it('counts only answered items and is incomplete until all 25 are answered', () => {
		const s = scoreOf(ITEMS, { 1: 'yes', 6: 'partial', 19: 'unknown' });
		expect(s).toMatchObject({ score: 5, answered: 3, count: 25, complete: false });
		expect(s.parts.map((p) => [p.score, p.answered])).toEqual([
			[4, 1],
			[2, 1],
			[-1, 1],
		]);
	});
});

describe('bandOf', () => {
	it.each([
		[100, 'full'],
		[99, 'mostly'],
		[70, 'mostly'],
		[69, 'gaps'],
		[50, 'gaps'],
		[49, 'urgent'],
		[0, 'urgent'],
		[-25, 'urgent'],
	])('puts %i points in band %s', (total, band) => {
		expect(bandOf(total).id).toBe(band);
	});
});

describe('actionsOf', () => {
	it('turns every answer below 実施している into an action, basic measures first, then missing, then partial', () => {
		const answers: Answers = { ...all('yes'), 2: 'partial', 4: 'unknown', 7: 'partial', 9: 'no', 20: 'unknown', 25: 'partial' };
		delete answers[11];
		const actions = actionsOf(ITEMS, answers);
		expect(actions.map((a) => [a.number, a.priority])).toEqual([
			[4, 'basic'], // わからない (−1) before 一部 (2) within the basic group
			[2, 'basic'],
			[20, 'missing'],
			[9, 'missing'],
			[7, 'partial'],
			[25, 'partial'],
		]);
		expect(actions.map(gainOf)).toEqual([5, 2, 5, 4, 2, 2]);
	});

	it('has nothing to do when everything is done', () => {
		expect(actionsOf(ITEMS, all('yes'))).toEqual([]);
	});

	it('groups by who acts, keeping the priority order inside each group and leaving out empty groups', () => {
		const actions = actionsOf(ITEMS, { 1: 'no', 4: 'no', 3: 'partial', 6: 'no' });
		// ITEMS actors cycle it, everyone, owner: 1 it, 3 owner, 4 it, 6 owner.
		expect(groupActions(actions, 'actor').map((g) => [g.key, g.actions.map((a) => a.number)])).toEqual([
			['owner', [3, 6]],
			['it', [1, 4]],
		]);
		expect(groupActions(actions, 'priority').map((g) => g.key)).toEqual(['basic', 'missing']);
	});
});

describe('readinessOf', () => {
	it('is ready for one star only when all five basic measures are 実施している', () => {
		expect(readinessOf(ITEMS, { 1: 'yes', 2: 'yes', 3: 'yes', 4: 'yes', 5: 'yes' })).toMatchObject({ oneStar: true, oneStarMissing: [], checkComplete: false });
		expect(readinessOf(ITEMS, { 1: 'yes', 2: 'partial', 3: 'yes', 5: 'unknown' })).toMatchObject({ oneStar: false, oneStarMissing: [2, 4, 5] });
	});

	it('says the self-check part of two stars is done once every item is answered', () => {
		const r = readinessOf(ITEMS, { ...all('no'), 25: undefined });
		expect(r.checkComplete).toBe(false);
		expect(r.unanswered).toEqual([25]);
		expect(readinessOf(ITEMS, all('no')).checkComplete).toBe(true);
	});
});
