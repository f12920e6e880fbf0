import { useEffect, useState } from 'preact/hooks';
import { fill } from '../i18n/fill.ts';
import type { Words } from '../i18n/index.ts';
import { teamMatches, type TeamFilter } from '../lib/content/coverage.ts';
import { findPrefecture, groupByRegion, REGION_SLUGS, regionBySlug, REGIONS } from '../lib/prefectures.ts';

/** The filter as kept in the URL: slugs and ids, so a filtered view can be linked. */
interface Choice {
	prefecture: string;
	region: string;
	kind: '' | 'region' | 'industry';
	/** Id of one nationwide industry team. */
	industry: string;
}

const NONE: Choice = { prefecture: '', region: '', kind: '', industry: '' };

/** The words this island shows, from the dictionary of the page's locale. */
export const DIRECTORY_FILTER_WORDS = [
	'dirFilter.label',
	'dirFilter.prefecture',
	'dirFilter.region',
	'dirFilter.kind',
	'dirFilter.all',
	'dirFilter.regional',
	'dirFilter.industry',
	'dirFilter.industries',
	'dirFilter.reset',
	'dirFilter.count',
	'dirFilter.withNational',
] as const;

/** A nationwide industry team the filter offers on its own. */
export interface IndustryOption {
	/** Team id, kept in the URL as ?industry=. */
	id: string;
	/** The industry, as the source names it. */
	area: string;
}

function readChoice(search: string, industries: readonly IndustryOption[]): Choice {
	const q = new URLSearchParams(search);
	const prefecture = findPrefecture(q.get('prefecture') ?? '')?.slug ?? '';
	const region = regionBySlug(q.get('region') ?? '') ? q.get('region')! : '';
	const industry = industries.some((i) => i.id === q.get('industry')) ? q.get('industry')! : '';
	const kind = q.get('kind');
	return { prefecture, region: prefecture ? '' : region, kind: industry ? '' : kind === 'region' || kind === 'industry' ? kind : '', industry };
}

function toFilter(c: Choice): TeamFilter {
	return { prefecture: findPrefecture(c.prefecture)?.code, region: regionBySlug(c.region), kind: c.kind || undefined, industry: c.industry || undefined };
}

const words = (s: string | undefined) => (s ?? '').split(' ').filter(Boolean);

/**
 * Instant filtering of the team list already in the page (every team is in the HTML; this only hides
 * the others). Without scripts the region, prefecture and industry links above it do the same job.
 */
export default function DirectoryFilter({ industries, ui }: { industries: readonly IndustryOption[]; ui: Words<(typeof DIRECTORY_FILTER_WORDS)[number]> }) {
	const [choice, setChoice] = useState<Choice | null>(null);
	const [shown, setShown] = useState(0);

	useEffect(() => setChoice(readChoice(location.search, industries)), []);

	useEffect(() => {
		if (!choice) return;
		const filter = toFilter(choice);
		let count = 0;
		for (const li of document.querySelectorAll<HTMLElement>('li[data-team]')) {
			const team = { id: li.dataset.team ?? '', kind: li.dataset.kind as 'region' | 'industry', prefectures: words(li.dataset.prefectures), maybePrefectures: words(li.dataset.maybe) };
			const match = teamMatches(team, filter);
			li.hidden = !match;
			if (match) count += 1;
		}
		for (const group of document.querySelectorAll<HTMLElement>('[data-team-group]')) group.hidden = !group.querySelector('li[data-team]:not([hidden])');
		// The team lists start closed on /otasuketai/; a narrowed list is what the reader asked to see.
		if (filter.prefecture || filter.region || filter.kind || filter.industry) for (const d of document.querySelectorAll<HTMLDetailsElement>('details[data-teams]')) d.open = true;
		setShown(count);
		const url = new URL(location.href);
		for (const key of ['prefecture', 'region', 'kind', 'industry'] as const) {
			if (choice[key]) url.searchParams.set(key, choice[key]);
			else url.searchParams.delete(key);
		}
		history.replaceState(null, '', url);
	}, [choice]);

	if (!choice) return null;
	const set = (next: Partial<Choice>) => setChoice({ ...choice, ...next });
	const active = choice.prefecture || choice.region || choice.kind || choice.industry;
	// One select for the kind and the single industries: an industry team is the only team of its industry.
	const kindValue = choice.industry ? `industry:${choice.industry}` : choice.kind;
	const setKind = (value: string) => (value.startsWith('industry:') ? set({ kind: '', industry: value.slice('industry:'.length) }) : set({ kind: value as Choice['kind'], industry: '' }));
	return (
		<form class="dir-filter" aria-label={ui['dirFilter.label']} onSubmit={(e) => e.preventDefault()}>
			<label>
				<span>{ui['dirFilter.prefecture']}</span>
				<select value={choice.prefecture} onChange={(e) => set({ prefecture: e.currentTarget.value, region: '' })}>
					<option value="">{ui['dirFilter.all']}</option>
					{groupByRegion().map((g) => (
						<optgroup label={g.region} key={g.region}>
							{g.prefectures.map((p) => (
								<option value={p.slug} key={p.slug}>
									{p.name}
								</option>
							))}
						</optgroup>
					))}
				</select>
			</label>
			<label>
				<span>{ui['dirFilter.region']}</span>
				<select value={choice.region} onChange={(e) => set({ region: e.currentTarget.value, prefecture: '' })}>
					<option value="">{ui['dirFilter.all']}</option>
					{REGIONS.map((r) => (
						<option value={REGION_SLUGS[r]} key={r}>
							{r}
						</option>
					))}
				</select>
			</label>
			<label>
				<span>{ui['dirFilter.kind']}</span>
				<select value={kindValue} onChange={(e) => setKind(e.currentTarget.value)}>
					<option value="">{ui['dirFilter.all']}</option>
					<option value="region">{ui['dirFilter.regional']}</option>
					<option value="industry">{ui['dirFilter.industry']}</option>
					<optgroup label={ui['dirFilter.industries']}>
						{industries.map((i) => (
							<option value={`industry:${i.id}`} key={i.id}>
								{i.area}
							</option>
						))}
					</optgroup>
				</select>
			</label>
			<button type="button" class="dir-reset" disabled={!active} onClick={() => setChoice(NONE)}>
				{ui['dirFilter.reset']}
			</button>
			<p class="dir-count" role="status">
				{fill(ui['dirFilter.count'], { count: shown })}
				{(choice.prefecture || choice.region) && !choice.industry && choice.kind !== 'region' ? ui['dirFilter.withNational'] : ''}
			</p>
		</form>
	);
}
