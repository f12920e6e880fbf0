import type { Edition, ListKind } from '../../schemas/edition.ts';
import { t, type UiKey } from '../../i18n/index.ts';
import type { Locale } from '../routes.ts';
import { seriesByThreat, sortEditions } from './rankings.ts';

// The figures of /threats/trends/: who rose and fell over the last N editions, how many threats were new
// each year, and how long each threat has stayed in the ten. All computed from the edition files; a rank is
// only ever read from a ranked list (the individual list has none from 2024), never invented.

/** A threat's move between the first and last edition of a window. */
export interface WindowMove {
	/** Catalog id. */
	threat: string;
	/** Rank in the first edition of the window. */
	from: number;
	/** Rank in the last edition. */
	to: number;
}

/** Who rose and fell most between two ranked editions of one list. */
export interface WindowMoves {
	/** First and last edition of the window. */
	from: number;
	/** Last edition of the window. */
	to: number;
	/** Threats ranked in both, that rose (to < from), biggest rise first. */
	rose: WindowMove[];
	/** Threats ranked in both, that fell, biggest fall first. */
	fell: WindowMove[];
	/** Threats in the last edition but not the first. */
	entered: string[];
	/** Threats in the first edition but not the last (a threat split up inside the window is in `splits`). */
	left: string[];
	/** Threats of the last edition split out of a threat of the first inside the window (never 'entered'). */
	splits: { threat: string; from: string; edition: number }[];
}

/** The ranked editions of a list, oldest first (the individual list stops at 2023). */
export function rankedEditions(editions: readonly Edition[], kind: ListKind): Edition[] {
	return sortEditions(editions).filter((e) => e[kind].ranked);
}

/** The window of the last `span` ranked editions (fewer when there are fewer), or null with fewer than two. */
export function lastWindow(editions: readonly Edition[], kind: ListKind, span: number): [Edition, Edition] | null {
	const ranked = rankedEditions(editions, kind);
	const window = ranked.slice(-span);
	return window.length < 2 ? null : [window[0]!, window.at(-1)!];
}

/** Moves between the first and last edition of the last `span` ranked editions of a list; `splits` from splitsIn(). */
export function movesOver(editions: readonly Edition[], kind: ListKind, span: number, splits: readonly { threat: string; from: string; edition: number }[] = []): WindowMoves | null {
	const window = lastWindow(editions, kind, span);
	if (!window) return null;
	const [a, b] = window.map((e) => new Map(e[kind].entries.map((x) => [x.threat, x.rank!]))) as [Map<string, number>, Map<string, number>];
	const both = [...b].filter(([id]) => a.has(id)).map(([threat, to]) => ({ threat, from: a.get(threat)!, to }));
	const by = (m: WindowMove) => Math.abs(m.from - m.to);
	const within = splits.filter((x) => window[0].edition < x.edition && x.edition <= window[1].edition && b.has(x.threat) && !a.has(x.threat) && a.has(x.from));
	return {
		from: window[0].edition,
		to: window[1].edition,
		rose: both.filter((m) => m.to < m.from).sort((x, y) => by(y) - by(x) || x.to - y.to),
		fell: both.filter((m) => m.to > m.from).sort((x, y) => by(y) - by(x) || x.to - y.to),
		entered: [...b.keys()].filter((id) => !a.has(id) && !within.some((x) => x.threat === id)),
		left: [...a.keys()].filter((id) => !b.has(id) && !within.some((x) => x.from === id)),
		splits: within,
	};
}

/** How many entries IPA marked new (初選出) in each edition of a list, oldest first, with their ids. */
export function newPerEdition(editions: readonly Edition[], kind: ListKind): { edition: number; threats: string[] }[] {
	return sortEditions(editions).map((e) => ({ edition: e.edition, threats: e[kind].entries.filter((x) => x.new).map((x) => x.threat) }));
}

/** How long a threat has stayed in the ten of one list. */
export interface Tenure {
	/** Catalog id. */
	threat: string;
	/** Editions that list it (ranked or not). */
	editions: number;
	/** Consecutive editions up to and including the newest one (0 when the newest does not list it). */
	streak: number;
}

/** Every threat of a list with its number of editions in the ten and its current run, longest first. */
export function tenures(editions: readonly Edition[], kind: ListKind): Tenure[] {
	return seriesByThreat(editions, kind)
		.map((s) => {
			const listed = s.points.map((p) => p.listed);
			const streak = listed.length - 1 - listed.lastIndexOf(false);
			return { threat: s.threat, editions: listed.filter(Boolean).length, streak: listed.at(-1) ? streak : 0 };
		})
		.sort((x, y) => y.editions - x.editions || y.streak - x.streak || x.threat.localeCompare(y.threat));
}

/** The presenter for a window: one sentence naming the biggest rises and falls (up to `top` each). */
export function describeMoves(m: WindowMoves, label: (id: string) => string, top = 3, locale: Locale = 'ja'): string {
	const w = (key: UiKey, vars?: Readonly<Record<string, string | number>>) => t(key, locale, vars);
	const join = (items: readonly string[]) => items.join(w('trends.listJoin'));
	const list = (ms: WindowMove[]) => join(ms.slice(0, top).map((x) => w('trends.moveItem', { label: label(x.threat), from: x.from, to: x.to })));
	const parts = [m.rose.length ? w('trends.rose', { list: list(m.rose) }) : w('trends.noRise'), m.fell.length ? w('trends.fell', { list: list(m.fell) }) : w('trends.noFall')];
	const entered = m.entered.length ? w('trends.entered', { from: m.from, to: m.to, list: join(m.entered.map(label)) }) : '';
	const from = [...new Set(m.splits.map((x) => x.from))];
	const split = from
		.map((f) => {
			const into = m.splits.filter((x) => x.from === f);
			return w('trends.split', { list: join(into.map((x) => label(x.threat))), edition: into[0]!.edition, from: label(f) });
		})
		.join('');
	return `${w('trends.window', { from: m.from, to: m.to, parts: parts.join(w('trends.partsJoin')), tail: m.fell.length ? w('trends.fellTail') : '' })}${entered}${split}`.trimEnd();
}

/** A bar chart of the trends page, shaped as a survey stat so BarChart can draw it (its rows feed the CSV too). */
export interface TrendStat {
	/** Figure id and CSV file name. */
	id: string;
	/** Header of the label column (table and CSV). */
	labelHeader: string;
	/** What BarChart draws. */
	stat: { title: string; description: string; unit: string; rows: { label: string; value: number; note?: string }[]; sources: []; reviewed: string };
}

/** The trends page's bar charts for one list: new entries per edition, and editions in the ten per threat. */
export function trendStats(editions: readonly Edition[], kind: ListKind, kindLabel: string, label: (id: string) => string, locale: Locale = 'ja'): TrendStat[] {
	const w = (key: UiKey, vars?: Readonly<Record<string, string | number>>) => t(key, locale, vars);
	const sorted = sortEditions(editions);
	const [first, latest] = [sorted[0]!.edition, sorted.at(-1)!.edition];
	const fresh = newPerEdition(editions, kind).filter((e) => e.edition > first);
	// Computed from every edition, so checked no later than the least recently checked one.
	const reviewed = sorted.map((e) => e.reviewed).sort()[0]!;
	return [
		{
			id: `trends-new-${kind}`,
			labelHeader: w('trends.editionHeader'),
			stat: {
				title: w('trends.newTitle', { kind: kindLabel, from: String(fresh[0]?.edition), to: latest }),
				description: w('trends.newDescription', { kind: kindLabel }),
				unit: w('trends.newUnit'),
				rows: fresh.map((e) => ({ label: w('edition.year', { year: e.edition }), value: e.threats.length, note: e.threats.map(label).join(w('trends.listJoin')) })),
				sources: [],
				reviewed,
			},
		},
		{
			id: `trends-tenure-${kind}`,
			labelHeader: w('chart.col.threat'),
			stat: {
				title: w('trends.tenureTitle', { kind: kindLabel, from: first, to: latest }),
				description: w('trends.tenureDescription', { kind: kindLabel, from: first, to: latest, count: sorted.length }),
				unit: w('trends.tenureUnit'),
				rows: tenures(editions, kind).map((x) => ({
					label: label(x.threat),
					value: x.editions,
					note: x.streak ? w('trends.streak', { latest, streak: x.streak }) : w('trends.notLatest', { latest }),
				})),
				sources: [],
				reviewed,
			},
		},
	];
}
