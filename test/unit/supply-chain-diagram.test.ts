import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { supplyChainDiagramData, supplyChainDiagramOf } from '../../src/lib/content/supply-chain-diagram.ts';
import { PolicyPageSchema } from '../../src/schemas/article.ts';

const FILE = 'content/policy/supply-chain-framework.mdx';
const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(FILE, 'utf8'))![1]!);
const page = { id: 'supply-chain-framework', data: PolicyPageSchema.parse(frontmatter) };

describe('the supply-chain diagram (METI 2017, the automotive example)', () => {
	it('reads its facts and its slide from the policy page that draws it', () => {
		const d = supplyChainDiagramOf([{ id: 'overview', data: { ...page.data, supplyChainDiagram: undefined } }, page]);
		expect(d.tier1.suppliers).toEqual(['ECU', '通信モジュール']);
		expect(d.tier2.count).toBe(4);
		expect(d.sourceRecord.title).toBe('（取組の方向性：例①）サイバーセキュリティ対策フレームワークの策定');
		expect(d.sourceRecord.file).toBe('000_c329458323a866f2.txt');
	});

	it('lists every part as a row of its CSV, with the table words from the dictionary', () => {
		const data = supplyChainDiagramData(page.data.supplyChainDiagram!, 'f');
		expect(data.columns).toEqual(['区分', '内容']);
		expect(data.rows.slice(0, 4)).toEqual([
			['OEMメーカー', '完成車'],
			['Tier 1', 'ECU'],
			['Tier 1', '通信モジュール'],
			['Tier 2', '4社'],
		]);
		expect(data.rows.at(-1)).toEqual(['目指すこと', 'サプライチェーン全体のサイバーセキュリティ確保']);
		expect(data.rows).toHaveLength(1 + 2 + 1 + 4 + 4 + 1);
	});

	it('stops the build when no policy page holds the diagram', () => {
		expect(() => supplyChainDiagramOf([])).toThrow('content/policy/*.mdx field supplyChainDiagram: is missing');
	});

	it('refuses a diagram that names a source the page does not list', () => {
		const r = PolicyPageSchema.safeParse({ ...frontmatter, supplyChainDiagram: { ...frontmatter.supplyChainDiagram, source: 9 } });
		expect(r.success).toBe(false);
		expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			['supplyChainDiagram.source', `is 9 but the page lists ${page.data.sources.length} source(s): number them from 1 in the order of \`sources\``],
		]);
	});
});
