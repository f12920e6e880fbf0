import type { Edition, ListKind } from '../../schemas/edition.ts';
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
export function describeMoves(m: WindowMoves, label: (id: string) => string, top = 3): string {
	const list = (ms: WindowMove[]) => ms.slice(0, top).map((x) => `${label(x.threat)}（${x.from}位→${x.to}位）`).join('、');
	const parts = [
		m.rose.length ? `大きく上がったのは${list(m.rose)}` : '順位が上がった脅威はなく',
		m.fell.length ? `大きく下がったのは${list(m.fell)}` : '順位が下がった脅威はありません',
	];
	const entered = m.entered.length ? `${m.from}年版の10位以内になく、${m.to}年版で10位以内にあるのは${m.entered.map(label).join('、')}です。` : '';
	const from = [...new Set(m.splits.map((x) => x.from))];
	const split = from
		.map((f) => {
			const into = m.splits.filter((x) => x.from === f);
			return `${into.map((x) => label(x.threat)).join('、')}は、${into[0]!.edition}年版で「${label(f)}」から分かれた脅威です。`;
		})
		.join('');
	return `${m.from}年版から${m.to}年版までで、${parts.join('、')}${m.fell.length ? 'です' : ''}。${entered}${split}`;
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
export function trendStats(editions: readonly Edition[], kind: ListKind, kindLabel: string, label: (id: string) => string): TrendStat[] {
	const sorted = sortEditions(editions);
	const [first, latest] = [sorted[0]!.edition, sorted.at(-1)!.edition];
	const fresh = newPerEdition(editions, kind).filter((e) => e.edition > first);
	// Computed from every edition, so checked no later than the least recently checked one.
	const reviewed = sorted.map((e) => e.reviewed).sort()[0]!;
	return [
		{
			id: `trends-new-${kind}`,
			labelHeader: '年版',
			stat: {
				title: `初めて選ばれた脅威の数（${kindLabel}、${fresh[0]?.edition}〜${latest}年版）`,
				description: `IPAが各年版で初選出（NEW）とした${kindLabel}向けの脅威の数。`,
				unit: '件',
				rows: fresh.map((e) => ({ label: `${e.edition}年版`, value: e.threats.length, note: e.threats.map(label).join('、') })),
				sources: [],
				reviewed,
			},
		},
		{
			id: `trends-tenure-${kind}`,
			labelHeader: '脅威',
			stat: {
				title: `10位以内に選ばれた回数（${kindLabel}、${first}〜${latest}年版）`,
				description: `${kindLabel}向けの一覧に、${first}年版から${latest}年版までの${sorted.length}回のうち何回選ばれたか。順位のない年版も、選ばれていれば数える。`,
				unit: '回',
				rows: tenures(editions, kind).map((t) => ({ label: label(t.threat), value: t.editions, note: t.streak ? `${latest}年版まで${t.streak}回連続` : `${latest}年版では選ばれていない` })),
				sources: [],
				reviewed,
			},
		},
	];
}
