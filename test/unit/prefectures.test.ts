import { describe, expect, it } from 'vitest';
import { findPrefecture, groupByRegion, PREFECTURE_CODES, PREFECTURES, REGIONS } from '../../src/lib/prefectures.ts';

describe('prefectures', () => {
	it('lists the 47 prefectures with JIS codes 01 to 47 in order', () => {
		expect(PREFECTURES).toHaveLength(47);
		expect(PREFECTURE_CODES).toEqual(Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0')));
	});

	it('gives every prefecture a unique lowercase ASCII slug and a hiragana reading', () => {
		expect(new Set(PREFECTURES.map((p) => p.slug)).size).toBe(47);
		for (const p of PREFECTURES) {
			expect(p.slug).toMatch(/^[a-z]+$/);
			expect(p.kana).toMatch(/^[\u3041-\u309f]+$/);
			expect(p.name).toMatch(/[都道府県]$/);
		}
	});

	it.each([
		['01', '北海道', 'hokkaido', '北海道'],
		['13', '東京都', 'tokyo', '関東'],
		['15', '新潟県', 'niigata', '中部'],
		['24', '三重県', 'mie', '近畿'],
		['26', '京都府', 'kyoto', '近畿'],
		['27', '大阪府', 'osaka', '近畿'],
		['35', '山口県', 'yamaguchi', '中国'],
		['39', '高知県', 'kochi', '四国'],
		['43', '熊本県', 'kumamoto', '九州・沖縄'],
		['47', '沖縄県', 'okinawa', '九州・沖縄'],
	])('maps %s to %s (%s) in %s', (code, name, slug, region) => {
		expect(findPrefecture(code)).toMatchObject({ code, name, slug, region });
		expect(findPrefecture(slug)?.code).toBe(code);
	});

	it('returns undefined for a code or slug that does not exist', () => {
		expect(findPrefecture('48')).toBeUndefined();
		expect(findPrefecture('edo')).toBeUndefined();
	});

	it('groups every prefecture into exactly one of the eight regions, in region order', () => {
		const groups = groupByRegion();
		expect(groups.map((g) => g.region)).toEqual([...REGIONS]);
		expect(groups.map((g) => g.prefectures.length)).toEqual([1, 6, 7, 9, 7, 5, 4, 8]);
	});
});
