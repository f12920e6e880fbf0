// Where each kind of chart's figures come from, for the citation line under every figure (one place each).

import { t } from '../../i18n/index.ts';
import type { Locale } from '../../vocab/locales.ts';

// the line is words around the series' name, not a source record: each edition's records are in
// content/threats/editions/ and listed with the data. So it lives in the dictionary ('chart.source.rankings').

/** The rankings charts' source line (trend, compare, trends page); in English the series keeps IPA's Japanese title first. */
export function bumpSource(locale: Locale): string {
	const series = locale === 'en' ? `${t('series.name', 'ja')} (${t('series.name', 'en')})` : t('series.name', 'ja');
	return t('chart.source.rankings', locale, { series });
}

/** The Japanese line, as the Japanese charts cite it. */
export const BUMP_SOURCE = bumpSource('ja');
