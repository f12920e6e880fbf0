import { describe, expect, it } from 'vitest';
import { describeCeilingEn, romanName, scriptRuns } from '../../src/lib/english-text.ts';

describe('romanName', () => {
	it('capitalises a prefecture slug', () => {
		expect(romanName('tokyo')).toBe('Tokyo');
	});
	it('capitalises each part of a hyphenated region slug', () => {
		expect(romanName('kyushu-okinawa')).toBe('Kyushu-Okinawa');
	});
});

describe('describeCeilingEn', () => {
	it('writes a monthly ceiling with digit grouping', () => {
		expect(describeCeilingEn(10000, 'month')).toBe('¥10,000 or less a month');
	});
	it('writes a per-device ceiling', () => {
		expect(describeCeilingEn(2000, 'device-month')).toBe('¥2,000 or less per device a month');
	});
});

describe('scriptRuns', () => {
	it('marks a Japanese name inside an English sentence', () => {
		expect(scriptRuns('IPA (情報処理推進機構) runs it')).toEqual([
			{ text: 'IPA (', ja: false },
			{ text: '情報処理推進機構', ja: true },
			{ text: ') runs it', ja: false },
		]);
	});
	it('keeps digits and dots between Japanese characters in one run', () => {
		expect(scriptRuns('see 情報セキュリティ5か条 and 第3.1版')).toEqual([
			{ text: 'see ', ja: false },
			{ text: '情報セキュリティ5か条', ja: true },
			{ text: ' and ', ja: false },
			{ text: '第3.1版', ja: true },
		]);
	});
	it('returns one English run for plain English', () => {
		expect(scriptRuns('Change the password at once')).toEqual([{ text: 'Change the password at once', ja: false }]);
	});
});
