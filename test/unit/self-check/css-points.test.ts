import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POINTS } from '../../../src/lib/self-check/scoring.ts';
import { ANSWERS } from '../../../src/lib/self-check/types.ts';

// Without scripts the self-check's running total is CSS counters (self-check.css): each answer's
// counter-increment must give the points of scoring.ts, the one place those points are set.
const css = readFileSync('src/islands/self-check/self-check.css', 'utf8');

describe('the self-check total counted by CSS', () => {
	it.each(ANSWERS)('counts "%s" as one answer worth its points', (answer) => {
		const rule = new RegExp(`\\.sc-form input\\[value='${answer}'\\]:checked\\s*\\{\\s*counter-increment:([^;]*);`).exec(css);
		expect(rule, answer).not.toBeNull();
		const increments = Object.fromEntries([...rule![1]!.matchAll(/([a-z-]+)(?:\s+(-?\d+))?/g)].map((m) => [m[1]!, Number(m[2] ?? 1)]));
		expect({ answered: increments['sc-answered'], points: increments['sc-points'] ?? 0 }).toEqual({ answered: 1, points: POINTS[answer] });
	});

	it('shows both counters', () => {
		expect(css).toMatch(/content:[^;]*counter\(sc-answered\)[^;]*counter\(sc-points\)/);
	});
});
