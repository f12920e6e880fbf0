import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { seriesSource } from '../../src/lib/content/series-source.ts';
import { EditionSchema } from '../../src/schemas/edition.ts';

const editions = readdirSync('content/threats/editions').map((f) => EditionSchema.parse(parse(readFileSync(`content/threats/editions/${f}`, 'utf8'))));

describe('the 10大脅威 series as its source records name it', () => {
	it('reads the series title and publisher from every edition’s own report', () => {
		for (const e of editions) {
			expect(seriesSource(e)).toEqual({ title: '情報セキュリティ10大脅威', editionTitle: `情報セキュリティ10大脅威 ${e.edition}`, publisher: '独立行政法人情報処理推進機構（IPA）' });
		}
	});

	it('stops the build, naming the file, when no source is titled with the edition year', () => {
		const e = editions[0]!;
		const other = { ...e.organization.sources[0]!, title: '別の資料' };
		const broken = { ...e, organization: { ...e.organization, sources: [other] }, individual: { ...e.individual, sources: [other] } };
		expect(() => seriesSource(broken)).toThrow(`content/threats/editions/${e.edition}.yaml field organization.sources`);
	});
});
