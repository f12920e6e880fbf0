import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, it } from 'vitest';
import QrCode from '../../src/components/otasuketai/QrCode.astro';
import { layoutQr } from '../../src/lib/qr.ts';

it('renders the code as an accessible black-on-white svg without style attributes', async () => {
	const url = 'https://example.org/otasuketai/iwate/';
	const { size, path } = layoutQr(url);
	const container = await AstroContainer.create();
	const html = await container.renderToString(QrCode, { props: { url, subject: '岩手県のページ' } });
	const svg = html.match(/<svg[^>]*>/)?.[0] ?? '';
	expect(svg).toContain('role="img"');
	expect(svg).toContain('aria-label="岩手県のページのアドレス（URL）のQRコード"');
	expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
	expect(svg).toContain('data-pagefind-ignore');
	expect(html).toMatch(new RegExp(`<rect width="${size}" height="${size}" fill="#fff"`));
	expect(html).toContain(`<path d="${path}" fill="#000"`);
	expect(html).not.toContain('style="');
});
