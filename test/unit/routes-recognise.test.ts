import { describe, expect, it } from 'vitest';
import { isEditionPath, isPrefecturePath, isThreatPath, routes } from '../../src/lib/routes.ts';

// The search recognises intent pages and threat pages by their paths; the recognisers live beside the
// builders in routes.ts, and must accept what the builders make and nothing of the neighbouring pages.
describe('path recognisers', () => {
	it('recognise the paths the builders make, and only those', () => {
		expect(isEditionPath(routes.edition(2024))).toBe(true);
		expect(isThreatPath(routes.threat('ransomware'))).toBe(true);
		expect(isPrefecturePath(routes.prefecture('shiga'))).toBe(true);
		expect([routes.edition(2024), routes.compare({ list: 'organization', a: 2024, b: 2025 }), routes.threats()].some(isThreatPath)).toBe(false);
		expect([routes.region('kinki'), routes.team('x'), routes.flyer('shiga'), routes.otasuketai()].some(isPrefecturePath)).toBe(false);
		expect([routes.threat('x'), routes.trends(), '/threats/editions/24/'].some(isEditionPath)).toBe(false);
	});
});
