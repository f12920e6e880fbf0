import { PREFECTURES } from '../prefectures.ts';
import { round2 } from './types.ts';

// Tile-grid positions [column, row] of the 47 prefectures, roughly following the map (JIS code → cell).
const GRID: Readonly<Record<string, readonly [number, number]>> = {
	'01': [11, 0],
	'02': [10, 2],
	'05': [10, 3],
	'03': [11, 3],
	'06': [10, 4],
	'04': [11, 4],
	'17': [7, 5],
	'16': [8, 5],
	'15': [9, 5],
	'07': [10, 5],
	'18': [6, 6],
	'21': [7, 6],
	'20': [8, 6],
	'10': [9, 6],
	'09': [10, 6],
	'08': [11, 6],
	'32': [2, 7],
	'31': [3, 7],
	'28': [4, 7],
	'26': [5, 7],
	'25': [6, 7],
	'23': [7, 7],
	'19': [8, 7],
	'11': [9, 7],
	'13': [10, 7],
	'12': [11, 7],
	'35': [1, 8],
	'34': [2, 8],
	'33': [3, 8],
	'27': [5, 8],
	'29': [6, 8],
	'24': [7, 8],
	'22': [8, 8],
	'14': [9, 8],
	'41': [0, 9],
	'40': [1, 9],
	'44': [2, 9],
	'38': [3, 9],
	'37': [4, 9],
	'30': [5, 9],
	'42': [0, 10],
	'43': [1, 10],
	'45': [2, 10],
	'39': [3, 10],
	'36': [4, 10],
	'46': [1, 11],
	'47': [0, 12],
};

/** One prefecture tile. */
export interface Tile {
	/** JIS code. */
	code: string;
	/** Prefecture name. */
	name: string;
	/** Short label drawn on the tile (name without 都/府/県). */
	short: string;
	/** URL slug. */
	slug: string;
	/** Top-left corner. */
	x: number;
	y: number;
	/** Side length (the height; the width of a one-cell tile). */
	size: number;
	/** Width: two cells for a three-character name, so its label is as large as the others' (#20). */
	w: number;
	/** The value shown (e.g. number of teams). */
	value: number;
	/** Shade level 0…levels-1 (0 = none). */
	level: number;
}

/** Lay out the 47 prefectures as equal squares on a grid, shaded by value. */
export function layoutTileMap(values: ReadonlyMap<string, number>, { width, gap = 2, levels = 4 }: { width: number; gap?: number; levels?: number }) {
	const cols = 12;
	const rows = 13;
	const cell = width / cols;
	const size = round2(cell - gap);
	const max = Math.max(0, ...values.values());
	const taken = new Set(Object.values(GRID).map(([c, r]) => `${c},${r}`));
	const tiles: Tile[] = PREFECTURES.map((p) => {
		const [c, r] = GRID[p.code]!;
		const value = values.get(p.code) ?? 0;
		// Level 0 is "none"; other values spread over the remaining levels so the largest gets the darkest.
		const level = value === 0 ? 0 : Math.max(1, Math.ceil((value / max) * (levels - 1)));
		const short = p.name === '北海道' ? '北海道' : p.name.replace(/[都府県]$/, '');
		// A three-character name (北海道, 神奈川, 和歌山, 鹿児島) takes the free cell beside it, to the right where there
		// is one: at 375 px a one-cell tile is 27 px, room for two characters at 12 px but not three.
		const span = [...short].length > 2 ? (!taken.has(`${c + 1},${r}`) && c + 1 < cols ? 1 : !taken.has(`${c - 1},${r}`) && c > 0 ? -1 : 0) : 0;
		const x = span < 0 ? c - 1 : c;
		return { code: p.code, name: p.name, short, slug: p.slug, x: round2(x * cell), y: round2(r * cell), size, w: round2(span ? 2 * cell - gap : size), value, level };
	});
	return { width: round2(width), height: round2(rows * cell), tiles, max };
}
