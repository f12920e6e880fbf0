import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { searchSectionKeyOf, sectionOf } from '../../src/lib/site.ts';

describe('sections', () => {
	it.each([
		['/threats/ransomware/', '脅威', '脅威'],
		['/guideline/', 'ガイドライン・自社診断', 'ガイドライン'],
		['/guideline/security-action/', 'ガイドライン・自社診断', 'ガイドライン'],
		['/self-check/', 'ガイドライン・自社診断', '自社診断'],
		['/otasuketai/tokyo/', 'お助け隊', 'お助け隊'],
		['/policy/', '政策', '政策'],
		['/help/', undefined, '相談'],
		['/', undefined, 'サイト案内'],
	])('puts %s under header section %s and search section %s', (path, header, search) => {
		const section = sectionOf(path);
		expect(section && t(section.key, 'ja')).toBe(header);
		expect(t(searchSectionKeyOf(path), 'ja')).toBe(search);
	});
});
