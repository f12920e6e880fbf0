import { describe, expect, it } from 'vitest';
import { formatCaseDate, groupCasesByThreat, pickByNumber, sortCases } from '../../src/lib/content/cases.ts';
import { routes } from '../../src/lib/routes.ts';

const kase = (id: string, date: string, ...threats: string[]) => ({ id, data: { date, threats } });

describe('routes.case', () => {
	it('puts a case at /cases/<id>/, the URL the threat pages link to', () => {
		expect(routes.case('wannacry')).toBe('/cases/wannacry/');
	});
});

describe('sortCases', () => {
	it('puts the newest case first, a year before its own months, and ties in id order', () => {
		const sorted = sortCases([kase('b', '2017'), kase('old', '2012-05'), kase('a', '2017'), kase('may', '2017-05'), kase('new', '2019')]);
		expect(sorted.map((c) => c.id)).toEqual(['new', 'may', 'a', 'b', 'old']);
	});

	it('leaves its input unchanged', () => {
		const input = [kase('a', '2012'), kase('b', '2019')];
		sortCases(input);
		expect(input.map((c) => c.id)).toEqual(['a', 'b']);
	});
});

describe('groupCasesByThreat', () => {
	const cases = [
		kase('wannacry', '2017-05', 'ransomware', 'supply-chain-attack'),
		kase('router', '2012-05', 'iot-device-vulnerabilities'),
		kase('partner-mail', '2019', 'supply-chain-attack', 'targeted-attack'),
	];

	it('lists a case under every threat it names, newest case first', () => {
		const groups = groupCasesByThreat(cases, ['iot-device-vulnerabilities', 'ransomware', 'supply-chain-attack', 'targeted-attack']);
		expect(groups.map((g) => [g.threat, g.cases.map((c) => c.id)])).toEqual([
			['supply-chain-attack', ['partner-mail', 'wannacry']],
			['iot-device-vulnerabilities', ['router']],
			['ransomware', ['wannacry']],
			['targeted-attack', ['partner-mail']],
		]);
	});

	it('puts threats with more cases first and keeps the given order between equals', () => {
		const groups = groupCasesByThreat(cases, ['targeted-attack', 'ransomware', 'supply-chain-attack', 'iot-device-vulnerabilities']);
		expect(groups.map((g) => g.threat)).toEqual(['supply-chain-attack', 'targeted-attack', 'ransomware', 'iot-device-vulnerabilities']);
	});

	it('leaves out threats without cases and threat ids it was not given', () => {
		expect(groupCasesByThreat(cases, ['phishing', 'ransomware']).map((g) => g.threat)).toEqual(['ransomware']);
	});

	it('returns no groups when there are no cases', () => {
		expect(groupCasesByThreat([], ['ransomware'])).toEqual([]);
	});
});

describe('pickByNumber', () => {
	const items = [{ number: 1 }, { number: 2 }, { number: 21 }];

	it('returns the entries in the order the case lists them', () => {
		expect(pickByNumber(items, [21, 1])).toEqual([{ number: 21 }, { number: 1 }]);
	});

	it('skips numbers that have no entry', () => {
		expect(pickByNumber(items, [3, 2])).toEqual([{ number: 2 }]);
	});
});

describe('formatCaseDate', () => {
	it('writes the date in Japanese unless the case gives a label for its period', () => {
		expect(formatCaseDate({ date: '2017-05' })).toBe('2017年5月');
		expect(formatCaseDate({ date: '2019', dateLabel: '2019年度' })).toBe('2019年度');
	});
});
