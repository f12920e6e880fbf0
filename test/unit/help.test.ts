import { describe, expect, it } from 'vitest';
import { helpPaths, situationsForThreat, sortSituations, telHref } from '../../src/lib/content/help.ts';
import { routes } from '../../src/lib/routes.ts';

const s = (id: string, order: number, threats: string[]) => ({ id, data: { order, threats } }) as never;
const list = [s('b', 2, ['ransomware', 'phishing']), s('a', 1, ['ransomware']), s('c', 3, ['website-defacement'])];

describe('help situations', () => {
	it('sorts situations by their chooser order', () => {
		expect(sortSituations(list).map((x: { id: string }) => x.id)).toEqual(['a', 'b', 'c']);
	});

	it('finds the situations that name a threat, in chooser order, and none for an unnamed threat', () => {
		expect(situationsForThreat(list, 'ransomware').map((x: { id: string }) => x.id)).toEqual(['a', 'b']);
		expect(situationsForThreat(list, 'dos-ddos')).toEqual([]);
	});

	it('lists the chooser and every situation page for the offline copy', () => {
		expect(helpPaths(list)).toEqual(['/help/', '/help/a/', '/help/b/', '/help/c/']);
		expect(routes.helpSituation('data-leak')).toBe('/help/data-leak/');
	});

	it('writes tel: links with the # of #9110 escaped', () => {
		expect(telHref('110')).toBe('tel:110');
		expect(telHref('#9110')).toBe('tel:%239110');
		expect(telHref('03-1234-5678')).toBe('tel:0312345678');
	});
});
