import { describe, expect, it } from 'vitest';
import { insertOfflineNote, offlineNote, serviceWorkerSource } from '../../src/lib/offline-help.ts';
import { t } from '../../src/i18n/index.ts';

describe('the offline copy of the help pages', () => {
	it('dates the saved copy in Japanese, in the reader’s time zone', () => {
		expect(offlineNote('2026-12-06T01:30:00Z', t('offline.note'), 'Asia/Tokyo')).toContain('2026年12月6日 10:30に保存したこのページの写し');
	});

	it('puts the note first inside <main> and leaves the rest of the page as it was', () => {
		const html = '<body><main id="main" data-pagefind-body><h1>x</h1></main></body>';
		expect(insertOfflineNote(html, 'note')).toBe('<body><main id="main" data-pagefind-body><p class="mm-offline-copy" role="status">note</p><h1>x</h1></main></body>');
	});

	it('writes a worker that keeps exactly the given pages and parses as JavaScript', () => {
		const src = serviceWorkerSource(['/help/', '/help/a/'], t('offline.note'));
		expect(src).toContain('const PAGES = ["/help/","/help/a/"]');
		expect(src).toContain('に保存したこのページの写しを表示しています');
		expect(() => new Function(src)).not.toThrow();
	});
});
