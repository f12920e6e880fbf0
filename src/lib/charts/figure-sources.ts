// Where each kind of chart's figures come from, for the citation line under every figure (one place each).

import { t } from '../../i18n/index.ts';

// the line is words around the series' name, not a source record: each edition's records are in
// content/threats/editions/ and listed with the data. So it lives in the dictionary ('chart.source.rankings').

/** The rankings charts (trend, compare, trends page). */
export const BUMP_SOURCE = t('chart.source.rankings', 'ja', { series: t('series.name', 'ja') });
