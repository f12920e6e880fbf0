// English edition (issue 22): the English presenters for the threat rankings. The data come from the
// same functions as the Japanese pages (rankings.ts, threat-summary.ts); only the words differ here.
import { t } from '../../i18n/index.ts';
import { bumpSource } from '../charts/figure-sources.ts';

/** The series' name (the dictionary's 'series.name'). IPA's English pages for the 2009 and 2013 reports called it "10 Major Security Threats". */
export const SERIES_EN = t('series.name', 'en');
// IPA's own English pages that name the series (we found none for the newer editions):
// https://www.ipa.go.jp/security/english/vuln/10threats2013_en.html, …/10threats2009_en.html

/** The source named in an English figure citation (#21: the dictionary's 'chart.source.rankings'), the series as IPA titles it with its English name. */
export const BUMP_SOURCE_EN = bumpSource('en');
