import { describe, expect, it } from 'vitest';
import { all, builtPage, closest, one, text } from '../../scripts/html.ts';
import { PREFECTURES } from '../../src/lib/prefectures.ts';
import { EXPECTED } from '../expected-coverage.ts';

// The お助け隊 pages as a reader without scripts gets them: the built HTML, parsed (moved here from the
// browser tests, which keep the map, the filters, the kit and printing).
const page = (path: string) => builtPage(path).doc;

/** The team names in the first list of region teams after the pilots heading. */
const regionalTeams = (path: string) => {
	const list = one(page(path), '#pilots ~ ul.teams');
	return list ? all(list, 'li .name').map((n) => text(n)) : [];
};

describe('お助け隊 prefecture pages', () => {
	it.each(PREFECTURES.map((p) => [p.slug, p] as const))('/otasuketai/%s/ exists, names the prefecture, and lists the teams that served it, may have served it, and the industry teams', (slug, p) => {
		const doc = page(`/otasuketai/${slug}/`);
		expect(all(doc, 'h1').map((h) => text(h))).toEqual([`${p.name}のサイバーセキュリティお助け隊`]);
		const teams = all(doc, 'main li[data-team]').map((li) => ({
			year: Number(li.attribs['data-team']!.slice(0, 4)),
			number: Number.parseInt(text(one(li, '.name')), 10),
			group: closest(li, '[data-possible]') ? 'possible' : li.attribs['data-kind'],
		}));
		const numbers = (group: string, year?: number) => teams.filter((t) => t.group === group && (!year || t.year === year)).map((t) => t.number);
		const [y2019, y2020, maybe = []] = EXPECTED[p.code]!;
		expect([numbers('region', 2019), numbers('region', 2020), numbers('possible'), numbers('industry')], p.name).toEqual([y2019, y2020, maybe, [14, 15]]);
	});

	it('explain a team whose area, as the source words it, may include the prefecture', () => {
		const doc = page('/otasuketai/saga/');
		const possible = all(doc, '[data-possible]');
		expect(possible).toHaveLength(1);
		expect(all(possible[0]!, 'h3').map((h) => text(h))).toEqual(['佐賀県が対象だった可能性のあるチーム']);
		expect(text(possible[0])).toContain('福岡県を中心とした九州6県');
		// Exactly one element says it (as the browser test's getByText counted).
		expect(all(doc, '*').filter((el) => el.children.some((c) => c.type === 'text' && c.data.includes('佐賀県を担当地域として挙げた地域向けのチームはありません')))).toHaveLength(1);
	});

	it('list the region teams that served the prefecture in both pilots', () => {
		expect(regionalTeams('/otasuketai/iwate/')).toEqual(['1. 宮城、岩手、福島', '3. 岩手県', '4. 岩手県、宮城県、福島県']);
		expect(regionalTeams('/otasuketai/osaka/')).toEqual(['7. 大阪、京都、兵庫']);
	});
});

describe('お助け隊 directory', () => {
	// #20: the team lists are on the pilot teams' page, /otasuketai/ links there (test/build/otasuketai-pilots.test.ts).
	it('lists every team of both pilots in the HTML of the pilot teams page', () => {
		expect(all(page('/otasuketai/pilots/'), 'li[data-team]')).toHaveLength(23);
	});
});

describe('お助け隊 A4 flyers', () => {
	// The browser tests print the flyers; this checks every one is reachable and addressed, without scripts.
	it.each(PREFECTURES.map((p) => [p.slug, p] as const))('/otasuketai/%s/ links its flyer from the chamber box, addressed to the prefecture', (slug, p) => {
		expect(all(page(`/otasuketai/${slug}/`), '.kit a[href$="/flyer/"]').map((a) => a.attribs.href)).toEqual([`/otasuketai/${slug}/flyer/`]);
		expect(text(one(page(`/otasuketai/${slug}/flyer/`), '.flyer .to'))).toBe(`${p.name}の中小企業の皆さまへ`);
	});
});
