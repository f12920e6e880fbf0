import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUnsafeHtml, maskCode } from '../../src/lib/content/mdx-html.ts';

const FRONT = '---\ntitle: x\n---\n\n';
/** Lines of the problems found in `body` (frontmatter is lines 1–4, the body starts on line 5). */
const linesOf = (body: string) => findUnsafeHtml(FRONT + body).map((p) => p.line);
const messagesOf = (body: string) => findUnsafeHtml(FRONT + body).map((p) => p.message);

describe('raw HTML in MDX', () => {
	it.each([
		['a script element', '<script>alert(1)</script>', '<script> is raw HTML'],
		['a script element inside a component', '<Callout>\n  <script src="/x.js"></script>\n</Callout>', '<script> is raw HTML'],
		['a style element', '<style>{`body{display:none}`}</style>', '<style> is raw HTML'],
		['an iframe', '<iframe src="https://example.org/" />', '<iframe> is raw HTML'],
		['an object', '<object data="/x.swf"></object>', '<object> is raw HTML'],
		['a base element', '<base href="https://evil.example/" />', '<base> is raw HTML'],
		['an event handler', '<img src="/a.png" alt="" onerror="alert(1)" />', 'onerror= on <img> is an event handler'],
		['an event handler as an expression', '<a href="/x/" onClick={() => steal()}>x</a>', 'onClick= on <a> is an event handler'],
		['an event handler on a later line', '<img\n  src="/a.png"\n  onload="x()" />', 'onload= on <img> is an event handler'],
		['inline style', '<p style="color:red">x</p>', 'style= on <p> puts inline style'],
		['inline style as an object', '<span style={{ color: "red" }}>x</span>', 'style= on <span> puts inline style'],
		['set:html', '<div set:html={"<b>x</b>"} />', 'set:html= on <div> puts code or markup'],
		['a javascript: Markdown link', '[x](javascript:alert(1))', 'a javascript: address runs code'],
		['a javascript: Markdown image', '![x](JavaScript:alert(1))', 'a javascript: address runs code'],
		['a javascript: reference definition', '[x][a]\n\n[a]: javascript:alert(1)', 'a javascript: address runs code'],
		['a javascript: autolink', '<javascript:alert(1)>', 'a javascript: address runs code'],
		['a javascript: href', '<a href="javascript:alert(1)">x</a>', 'a javascript: address runs code'],
		['a javascript: href in a template literal', '<a href={`javascript:alert(1)`}>x</a>', 'a javascript: address runs code'],
		['a javascript: href split by character references', '<a href="java&#x09;script&colon;alert(1)">x</a>', 'a javascript: address runs code'],
		['a javascript: link with a Markdown escape', '[x](javascript\\:alert(1))', 'a javascript: address runs code'],
		['a vbscript: link', '[x](vbscript:msgbox(1))', 'a vbscript: address runs code'],
		['an href built by an expression', '<a href={"java" + "script:alert(1)"}>x</a>', 'href={…} on <a> is an expression'],
		['a spread on an HTML element', '<a {...props}>x</a>', '{…} on <a> is an expression'],
		['a data:text/html link', '<a href="data:text/html,<b>x</b>">x</a>', 'a data:text/html address runs code'],
	])('rejects %s', (_name, body, message) => {
		expect(
			messagesOf(body).some((m) => m.startsWith(message)),
			messagesOf(body).join('\n'),
		).toBe(true);
	});

	it('names the line, counting the frontmatter, for each problem', () => {
		expect(linesOf('Text.\n\n<script>x</script>\n\n<img\n  onerror="x()" />\n\n<a\n  href="java\nscript:x">q</a>\n')).toEqual([7, 10, 13]);
	});

	it('reports a javascript: attribute once, not again as text', () => {
		expect(findUnsafeHtml(`${FRONT}<a href="javascript:x">q</a>`)).toHaveLength(1);
		expect(findUnsafeHtml(`${FRONT}<a href={\`javascript:x\`}>q</a>`)).toHaveLength(2);
	});

	it('lets components take {expressions}, which their own code handles', () => {
		expect(findUnsafeHtml(`${FRONT}<StatChart id={"detection-days"} rows={[1, 2]} />`)).toEqual([]);
	});

	it('accepts HTML shown as code, in inline code and fenced blocks', () => {
		const body =
			'Attackers use `<script>` and `javascript:` links, or ``a `<iframe onload=x>` ``.\n\n```html\n<script>alert(1)</script>\n<a href="javascript:x" style="x" onclick="y">z</a>\n```\n\n~~~\n<iframe>\n~~~\n';
		expect(findUnsafeHtml(FRONT + body)).toEqual([]);
	});

	it('does not treat a backtick in one paragraph and one in the next as code', () => {
		expect(linesOf('A stray ` here.\n\n<script>x</script> and ` there.')).toEqual([7]);
	});

	it('accepts ordinary HTML, components, autolinks and prose', () => {
		const body =
			'<p class="mm-note">注意。<a href="/policy/stars/">★1から★5へ</a></p>\n\n| <span class="mm-nowrap">★1</span> | x |\n\n<ScoreTable show="points" />\n\n<https://online.example/> と https://www.ipa.go.jp/ と [IPA](https://www.ipa.go.jp/)。\n\nonline な style の話。\n';
		expect(findUnsafeHtml(FRONT + body)).toEqual([]);
	});

	it('ignores the frontmatter (its fields are text, escaped where they are shown)', () => {
		expect(findUnsafeHtml('---\ntitle: "<script>x</script>"\n---\n\n本文。')).toEqual([]);
	});

	it('keeps line breaks when it blanks out code', () => {
		const source = `${FRONT}a \`b\` c\n\n\`\`\`\nx\ny\n\`\`\`\n`;
		expect(maskCode(source).split('\n')).toHaveLength(source.split('\n').length);
	});

	it('finds nothing in the real content', () => {
		const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
		const found = walk('content')
			.filter((f) => f.endsWith('.mdx'))
			.flatMap((f) => findUnsafeHtml(readFileSync(f, 'utf8')).map((p) => `${f}:${p.line}: ${p.message}`));
		expect(found).toEqual([]);
	});
});
