import { describe, expect, it } from 'vitest';
import {
	cleanField,
	cleanTel,
	escapeHtml,
	FIELD_LIMITS,
	fillAddresses,
	flyerFieldsOf,
	fullAddress,
	iframeCode,
	newsletterHtml,
	newsletterText,
	svgCard,
	URL_SLOT,
	wrapText,
} from '../../src/lib/kit.ts';

describe('fullAddress', () => {
	it.each([
		['/otasuketai/shiga/', 'http://localhost:4321', 'http://localhost:4321/otasuketai/shiga/'],
		['/otasuketai/shiga/', 'https://mamori.example/some/page/?q=1#x', 'https://mamori.example/otasuketai/shiga/'],
		['/data/', new URL('https://mamori.example'), 'https://mamori.example/data/'],
	])('puts %s on the origin of %s', (path, origin, expected) => {
		expect(fullAddress(path, origin)).toBe(expected);
	});

	it.each([undefined, '', 'null', 'file:///tmp/dist/index.html', 'about:blank', 'data:text/html,x'])('gives no address for an origin a reader could not open (%s)', (origin) => {
		expect(fullAddress('/otasuketai/shiga/', origin)).toBeNull();
	});
});

describe('cleanField', () => {
	it('keeps an ordinary name as typed', () => {
		expect(cleanField('彦根商工会議所', FIELD_LIMITS.from)).toBe('彦根商工会議所');
	});

	it('leaves markup as text for the page to show as text, and removes controls and bidi overrides', () => {
		expect(cleanField('<img src=x onerror=alert(1)>', 80)).toBe('<img src=x onerror=alert(1)>');
		expect(cleanField('abc\u202edcba\u0000\n\tx', 80)).toBe('abc dcba x');
	});

	it('cuts to the limit by characters, never splitting one outside the BMP', () => {
		expect(cleanField('あ'.repeat(100), FIELD_LIMITS.from)).toHaveLength(FIELD_LIMITS.from);
		expect([...cleanField('𠮷'.repeat(50), 3)]).toEqual(['𠮷', '𠮷', '𠮷']);
	});

	it('turns anything but a string into an empty field', () => {
		expect(cleanField(null, 10)).toBe('');
		expect(cleanField(['a'], 10)).toBe('');
	});
});

describe('cleanTel', () => {
	it.each([
		['0749-22-0000', '0749-22-0000'],
		['０７４９－２２－００００（代表）', '0749-22-0000'],
		['+81 (749) 22-0000', '+81 (749) 22-0000'],
		['"><script>alert(1)</script>', '(1)'],
		['1'.repeat(60), '1'.repeat(FIELD_LIMITS.tel)],
	])('cleans %s to %s', (raw, expected) => {
		expect(cleanTel(raw)).toBe(expected);
	});
});

describe('flyerFieldsOf', () => {
	it('reads and cleans ?from= and &tel=', () => {
		expect(flyerFieldsOf('?from=%E5%BD%A6%E6%A0%B9%E5%95%86%E5%B7%A5%E4%BC%9A%E8%AD%B0%E6%89%80&tel=0749-22-0000')).toEqual({ from: '彦根商工会議所', tel: '0749-22-0000' });
	});

	it('gives empty fields when the query has none', () => {
		expect(flyerFieldsOf('')).toEqual({ from: '', tel: '' });
	});
});

describe('newsletter text', () => {
	it('names the prefecture and ends with the address', () => {
		const text = newsletterText('滋賀県', 'https://mamori.example/otasuketai/shiga/');
		expect(text.startsWith('【滋賀県の中小企業の皆さまへ】')).toBe(true);
		expect(text.split('\n').at(-1)).toBe('https://mamori.example/otasuketai/shiga/');
	});

	it('takes its words from the dictionary, in either language, around the same service parts', () => {
		const ja = newsletterText('滋賀県', 'u').split('\n');
		const en = newsletterText('Shiga', 'u', 'en').split('\n');
		expect(ja[2]).toBe('サービスの中身、滋賀県で行われた実証事業、まず自社でできる対策は、次のページにまとめられています。');
		expect(en[0]).toBe('[To small businesses in Shiga] Get your defences against cyber attacks as one service');
		expect(en).toHaveLength(ja.length);
	});

	it('keeps a slot for the address that the page fills in', () => {
		expect(newsletterText('滋賀県', URL_SLOT).split('\n').at(-1)).toBe(URL_SLOT);
		expect(newsletterHtml('滋賀県', URL_SLOT)).toContain(`<a href="${URL_SLOT}">${URL_SLOT}</a>`);
	});

	it('writes the HTML version as paragraphs with the address as a link, escaped', () => {
		const html = newsletterHtml('滋賀県', 'https://x.example/?a=1&b="2"');
		expect(html).toMatch(/^<p><strong>【滋賀県の中小企業の皆さまへ】/);
		expect(html).toContain('<a href="https://x.example/?a=1&amp;b=&quot;2&quot;">');
		expect(html.split('\n')).toHaveLength(newsletterText('滋賀県', 'u').split('\n').length);
	});
});

describe('escapeHtml and iframeCode', () => {
	it('escapes the five characters that matter in HTML', () => {
		expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
	});

	it('writes iframe code with a title and a height', () => {
		expect(iframeCode('https://mamori.example/embed/top10/', '10大脅威 <2026>', 420)).toBe(
			'<iframe src="https://mamori.example/embed/top10/" title="10大脅威 &lt;2026&gt;" width="100%" height="420" style="border:0;max-width:480px" loading="lazy"></iframe>',
		);
	});
});

describe('svgCard', () => {
	it('wraps text by characters and keeps every character', () => {
		expect(wrapText('あいうえおか', 4)).toEqual(['あいうえ', 'おか']);
		expect(wrapText('', 4)).toEqual(['']);
		expect(wrapText('2026年版abcd', 4)).toEqual(['2026年', '版abcd']);
	});

	it('draws a titled image whose height grows with its lines, with every text escaped', () => {
		const short = svgCard({ title: 'A & <B>', lines: ['一行'], footer: 'https://mamori.example/' });
		const long = svgCard({ title: 'A', lines: ['あ'.repeat(100)], footer: 'f' });
		expect(short).toContain('<title>A &amp; &lt;B&gt;</title>');
		expect(short).not.toContain('<B>');
		const height = (svg: string) => Number(/viewBox="0 0 480 (\d+)"/.exec(svg)![1]);
		expect(height(long)).toBeGreaterThan(height(short));
		expect(long.match(/font-size="16"/g)).toHaveLength(4);
	});
});

describe('fillAddresses', () => {
	it('fills {url} and {page} with full addresses on the origin', () => {
		expect(fillAddresses('<a href="{page}"><img src="{url}"></a>', 'http://localhost:5000', '/embed/top10.svg', '/threats/')).toBe(
			'<a href="http://localhost:5000/threats/"><img src="http://localhost:5000/embed/top10.svg"></a>',
		);
	});

	it('gives nothing when the origin is unknown, so the page keeps its fallback', () => {
		expect(fillAddresses('{url}', undefined, '/data/')).toBeNull();
	});
});
