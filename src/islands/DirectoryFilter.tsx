import { useEffect, useState } from 'preact/hooks';
import { teamMatches, type TeamFilter } from '../lib/content/coverage.ts';
import { findPrefecture, groupByRegion, REGION_SLUGS, regionBySlug, REGIONS } from '../lib/prefectures.ts';

/** The filter as kept in the URL: slugs, so a filtered view can be linked. */
interface Choice {
	prefecture: string;
	region: string;
	kind: '' | 'region' | 'industry';
}

const NONE: Choice = { prefecture: '', region: '', kind: '' };

function readChoice(search: string): Choice {
	const q = new URLSearchParams(search);
	const prefecture = findPrefecture(q.get('prefecture') ?? '')?.slug ?? '';
	const region = regionBySlug(q.get('region') ?? '') ? q.get('region')! : '';
	const kind = q.get('kind');
	return { prefecture, region: prefecture ? '' : region, kind: kind === 'region' || kind === 'industry' ? kind : '' };
}

function toFilter(c: Choice): TeamFilter {
	return { prefecture: findPrefecture(c.prefecture)?.code, region: regionBySlug(c.region), kind: c.kind || undefined };
}

/**
 * Instant filtering of the team list already in the page (every team is in the HTML; this only hides
 * the others). Without scripts the region and prefecture links above it do the same job.
 */
export default function DirectoryFilter() {
	const [choice, setChoice] = useState<Choice | null>(null);
	const [shown, setShown] = useState(0);

	useEffect(() => setChoice(readChoice(location.search)), []);

	useEffect(() => {
		if (!choice) return;
		const filter = toFilter(choice);
		let count = 0;
		for (const li of document.querySelectorAll<HTMLElement>('li[data-team]')) {
			const team = { kind: li.dataset.kind as 'region' | 'industry', prefectures: (li.dataset.prefectures ?? '').split(' ').filter(Boolean) };
			const match = teamMatches(team, filter);
			li.hidden = !match;
			if (match) count += 1;
		}
		for (const group of document.querySelectorAll<HTMLElement>('[data-team-group]')) group.hidden = !group.querySelector('li[data-team]:not([hidden])');
		setShown(count);
		const url = new URL(location.href);
		for (const key of ['prefecture', 'region', 'kind'] as const) {
			if (choice[key]) url.searchParams.set(key, choice[key]);
			else url.searchParams.delete(key);
		}
		history.replaceState(null, '', url);
	}, [choice]);

	if (!choice) return null;
	const set = (next: Partial<Choice>) => setChoice({ ...choice, ...next });
	const active = choice.prefecture || choice.region || choice.kind;
	return (
		<form class="dir-filter" aria-label="実証事業のチームを絞り込む" onSubmit={(e) => e.preventDefault()}>
			<label>
				<span>都道府県で絞る</span>
				<select value={choice.prefecture} onChange={(e) => set({ prefecture: e.currentTarget.value, region: '' })}>
					<option value="">すべて</option>
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
				<span>地方で絞る</span>
				<select value={choice.region} onChange={(e) => set({ region: e.currentTarget.value, prefecture: '' })}>
					<option value="">すべて</option>
					{REGIONS.map((r) => (
						<option value={REGION_SLUGS[r]} key={r}>
							{r}
						</option>
					))}
				</select>
			</label>
			<label>
				<span>種類で絞る</span>
				<select value={choice.kind} onChange={(e) => set({ kind: e.currentTarget.value as Choice['kind'] })}>
					<option value="">すべて</option>
					<option value="region">地域向け</option>
					<option value="industry">業界向け（全国）</option>
				</select>
			</label>
			<button type="button" class="dir-reset" disabled={!active} onClick={() => setChoice(NONE)}>
				条件をはずす
			</button>
			<p class="dir-count" role="status">
				{shown}チームが当てはまります{choice.prefecture || choice.region ? '（全国の業界向けチームを含む）' : ''}
			</p>
		</form>
	);
}
