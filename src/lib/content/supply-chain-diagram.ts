import { t } from '../../i18n/index.ts';
import type { Locale } from '../../vocab/locales.ts';
import type { PolicyPage } from '../../schemas/article.ts';
import type { Source } from '../../schemas/source.ts';
import type { SupplyChainDiagram } from '../../schemas/supply-chain-diagram.ts';
import type { FigureData } from '../charts/figure-data.ts';

// What METI's 2017 slide (shared/sources/000_…txt, 例①) shows for the automotive example. The facts live in
// the frontmatter of the policy page that draws it (`supplyChainDiagram`, with its source); the diagram, its
// text equivalent and its CSV download all read them through here, the words come from the dictionary.

/** The diagram's facts and the source they come from, as a policy page holds them. */
export interface SupplyChainDiagramFacts extends SupplyChainDiagram {
	/** The page's source the diagram's `source` number names. */
	sourceRecord: Source;
}

/** The supply-chain diagram of the policy pages (the one page whose frontmatter has one); a page without it stops the build. */
export function supplyChainDiagramOf(pages: readonly { id: string; data: PolicyPage }[]): SupplyChainDiagramFacts {
	const page = pages.find((p) => p.data.supplyChainDiagram);
	const diagram = page?.data.supplyChainDiagram;
	if (!page || !diagram) throw new Error('content/policy/*.mdx field supplyChainDiagram: is missing, but <SupplyChainDiagram /> draws it');
	return { ...diagram, sourceRecord: page.data.sources[diagram.source - 1]! };
}

/** The diagram's parts as rows (part, what it says), for its CSV download. */
export function supplyChainDiagramData(d: SupplyChainDiagram, file: string, locale: Locale = 'ja'): FigureData {
	return {
		file,
		columns: [t('supplyChain.col.part', locale), t('supplyChain.col.content', locale)],
		rows: [
			[d.oem.label, d.oem.makes],
			...d.tier1.suppliers.map((s) => [d.tier1.label, s]),
			[d.tier2.label, t('supplyChain.companies', locale, { n: d.tier2.count })],
			...d.checked.map((c) => [t('supplyChain.row.checked', locale), c]),
			...d.risks.map((r) => [t('supplyChain.row.risk', locale), r]),
			[t('supplyChain.row.goal', locale), d.goal],
		],
	};
}
