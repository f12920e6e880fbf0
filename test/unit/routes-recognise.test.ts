import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PREFECTURES } from '../../src/lib/prefectures.ts';
import { isEditionPath, isPrefecturePath, isThreatPath, OTASUKETAI_OWN_PAGES, routes, THREATS_OWN_PAGES } from '../../src/lib/routes.ts';

// The search recognises intent pages and threat pages by their paths; the recognisers live beside the
// builders in routes.ts, and must accept what the builders make and nothing of the neighbouring pages.
describe('path recognisers', () => {
	it('recognise the paths the builders make, and only those', () => {
		expect(isEditionPath(routes.edition(2024))).toBe(true);
		expect(isThreatPath(routes.threat('ransomware'))).toBe(true);
		expect(isPrefecturePath(routes.prefecture('shiga'))).toBe(true);
		expect([routes.edition(2024), routes.compare({ list: 'organization', a: 2024, b: 2025 }), routes.threats()].some(isThreatPath)).toBe(false);
		expect([routes.region('kinki'), routes.team('x'), routes.flyer('shiga'), routes.otasuketai()].some(isPrefecturePath)).toBe(false);
		expect([routes.threat('x'), routes.trends(), '/threats/editions/24/'].some(isEditionPath)).toBe(false);
	});
});

// #20: the names under /threats/ and /otasuketai/ that are pages or folders, not threats or prefectures.
describe.each([
	['threats', THREATS_OWN_PAGES],
	['otasuketai', OTASUKETAI_OWN_PAGES],
])('the own pages of /%s/', (section, pages) => {
	it(`are every page and folder of src/pages/${section}/ but the index and the [param] pages`, () => {
		const own = readdirSync(`src/pages/${section}`)
			.map((f) => f.replace(/\.astro$/, ''))
			.filter((f) => f !== 'index' && !f.startsWith('['));
		expect([...pages].sort()).toEqual(own.sort());
	});
});

// The content rules refuse the threats section's own page names as threat ids.
describe("the threats section's own pages", () => {
	it('are not taken for threat pages', () => {
		expect([routes.threatsIndividual(), routes.trends(), routes.compareIndex()].some(isThreatPath)).toBe(false);
		expect(routes.threatsIndividual('en')).toBe('/en/threats/individual/');
	});
});

// The pilot teams' page among them.
describe("the お助け隊 section's own pages", () => {
	it('never share an address with a prefecture page', () => {
		const clashes = PREFECTURES.filter((p) => OTASUKETAI_OWN_PAGES.includes(p.slug)).map((p) => `${p.name}: ${routes.prefecture(p.slug)} is also a page of the section`);
		expect(clashes).toEqual([]);
	});

	it('are not taken for prefecture pages', () => {
		expect([routes.otasuketaiPilots(), routes.otasuketaiPilots('teams-2019')].some(isPrefecturePath)).toBe(false);
		expect(routes.otasuketaiPilots('teams-industry')).toBe('/otasuketai/pilots/#teams-industry');
		expect(isPrefecturePath(routes.prefecture('shiga'))).toBe(true);
	});
});
