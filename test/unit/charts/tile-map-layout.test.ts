import { describe, expect, it } from 'vitest';
import { layoutTileMap } from '../../../src/lib/charts/tile-map-layout.ts';

describe('layoutTileMap', () => {
	const layout = layoutTileMap(
		new Map([
			['13', 3],
			['27', 1],
			['01', 2],
		]),
		{ width: 600, gap: 2, levels: 4 },
	);

	it('places all 47 prefectures on distinct cells inside the map', () => {
		expect(layout.tiles).toHaveLength(47);
		expect(new Set(layout.tiles.map((t) => `${t.x},${t.y}`)).size).toBe(47);
		for (const t of layout.tiles) {
			expect(t.x + t.size).toBeLessThanOrEqual(layout.width);
			expect(t.y + t.size).toBeLessThanOrEqual(layout.height);
		}
	});

	it('shades by value: none at level 0, the largest at the darkest level', () => {
		const level = (code: string) => layout.tiles.find((t) => t.code === code)!.level;
		expect([level('13'), level('01'), level('27'), level('47')]).toEqual([3, 2, 1, 0]);
	});

	it('keeps geography roughly: Hokkaido top right, Okinawa bottom left', () => {
		const at = (code: string) => layout.tiles.find((t) => t.code === code)!;
		expect(at('01').y).toBe(0);
		expect(at('47').x).toBe(0);
		expect(at('47').y).toBeGreaterThan(at('46').y);
	});

	it('labels tiles with short names', () => {
		expect(layout.tiles.filter((t) => ['01', '13', '26'].includes(t.code)).map((t) => t.short)).toEqual(['北海道', '東京', '京都']);
	});

	it('gives each three-character name a two-cell tile over a free cell, so no tiles overlap', () => {
		const wide = layout.tiles.filter((t) => t.w > t.size).map((t) => t.short);
		expect(wide.sort()).toEqual(['北海道', '和歌山', '神奈川', '鹿児島'].sort());
		const cells = layout.tiles.flatMap((t) => (t.w > t.size ? [`${t.x},${t.y}`, `${t.x + 50},${t.y}`] : [`${t.x},${t.y}`]));
		expect(new Set(cells).size).toBe(cells.length);
		for (const t of layout.tiles) expect(t.x + t.w).toBeLessThanOrEqual(layout.width);
	});

	it('draws an empty map when no prefecture has a value', () => {
		expect(layoutTileMap(new Map(), { width: 120 }).tiles.every((t) => t.level === 0 && t.value === 0)).toBe(true);
	});
});
