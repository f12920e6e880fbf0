import { describe, expect, it } from 'vitest';
import { firstPilotYear, industryPilotYears, pilotTextFigure } from '../../src/lib/content/otasuketai-sources.ts';

const source = { title: '資料', publisher: '経済産業省', date: '2020', file: '004_b0234059c48dec72.txt' };

describe('figures a page names in a sentence (a pilot’s textFigures)', () => {
	const pilot = { year: 2019, textFigures: { 'damage-estimate': { value: '5,000万円近く', sources: [source] } } };

	it('prints the figure as its file words it', () => {
		expect(pilotTextFigure(pilot, 'damage-estimate')).toBe('5,000万円近く');
	});

	it('stops the build, naming the pilot file and the field, when the figure is missing', () => {
		expect(() => pilotTextFigure({ year: 2020 }, 'damage-estimate')).toThrow('content/otasuketai/2020.yaml field textFigures.damage-estimate: is missing');
	});
});

describe('fiscal-year labels read from the pilots', () => {
	const team = (kind: 'region' | 'industry') => ({ kind }) as never;
	const pilots = [
		{ year: 2020, teams: [team('region'), team('industry')] },
		{ year: 2019, teams: [team('region')] },
	];

	it('names the years of the pilots with industry teams only', () => {
		expect(industryPilotYears(pilots)).toBe('2020');
	});

	it('starts the history at the first pilot', () => {
		expect(firstPilotYear(pilots)).toBe(2019);
	});
});
