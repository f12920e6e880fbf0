import type { Update } from '../schemas/update.ts';

// 更新情報 and the open data's version, computed from content/updates/: pure, unit-tested.

/** An update with its entry id (the file name), which the feed uses as a stable identifier. */
export interface UpdateEntry {
	id: string;
	data: Update;
}

/** Newest first; on the same day, by file name, so the order never depends on the file system. */
export function sortUpdates(entries: readonly UpdateEntry[]): UpdateEntry[] {
	return [...entries].sort((a, b) => b.data.date.localeCompare(a.data.date) || b.id.localeCompare(a.id));
}

/** Compare MAJOR.MINOR.PATCH versions. */
function compareVersions(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	return pa[0]! - pb[0]! || pa[1]! - pb[1]! || pa[2]! - pb[2]!;
}

/** The open data's changelog: the data updates, newest version first. */
export function dataChangelog(entries: readonly UpdateEntry[]): UpdateEntry[] {
	return entries.filter((e) => e.data.dataVersion).sort((a, b) => compareVersions(b.data.dataVersion!, a.data.dataVersion!));
}

/** The open data's current version and the day it was made; undefined before any data update. */
export function dataVersionOf(entries: readonly UpdateEntry[]): { version: string; date: string } | undefined {
	const latest = dataChangelog(entries)[0];
	return latest && { version: latest.data.dataVersion!, date: latest.data.date };
}

/** Escape text for XML content and attribute values. */
export function escapeXml(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** What the Atom feed needs besides the entries. */
export interface FeedOptions {
	/** Feed title. */
	title: string;
	/** One line about the feed. */
	subtitle: string;
	/** Resolve a site path to the URL written in the feed (absolute when the site's address is known). */
	url: (path: string) => string;
	/** Path of the feed itself. */
	selfPath: string;
	/** Path of the HTML page that lists the same updates. */
	pagePath: string;
	/** Who the entries are by (the operator, or the site's name when none is set). */
	author: string;
}

/**
 * An Atom 1.0 feed (RFC 4287) of the updates, newest first. Ids are URNs made from the file names, so
 * they stay the same when the site moves to another address.
 */
export function toAtom(entries: readonly UpdateEntry[], o: FeedOptions): string {
	const sorted = sortUpdates(entries);
	const day = (d: string) => `${d}T00:00:00Z`;
	const updated = day(sorted[0]?.data.date ?? '1970-01-01');
	const items = sorted.map(({ id, data: u }) => {
		const href = u.links[0]?.href ?? `${o.pagePath}#${id}`;
		return [
			'\t<entry>',
			`\t\t<id>urn:mamori:update:${escapeXml(id)}</id>`,
			`\t\t<title>${escapeXml(u.title)}</title>`,
			`\t\t<updated>${day(u.date)}</updated>`,
			`\t\t<published>${day(u.date)}</published>`,
			`\t\t<link rel="alternate" type="text/html" href="${escapeXml(o.url(href))}"/>`,
			`\t\t<summary>${escapeXml(u.summary)}</summary>`,
			'\t</entry>',
		].join('\n');
	});
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">',
		`\t<id>urn:mamori:updates</id>`,
		`\t<title>${escapeXml(o.title)}</title>`,
		`\t<subtitle>${escapeXml(o.subtitle)}</subtitle>`,
		`\t<updated>${updated}</updated>`,
		`\t<author><name>${escapeXml(o.author)}</name></author>`,
		`\t<link rel="self" type="application/atom+xml" href="${escapeXml(o.url(o.selfPath))}"/>`,
		`\t<link rel="alternate" type="text/html" href="${escapeXml(o.url(o.pagePath))}"/>`,
		...items,
		'</feed>',
		'',
	].join('\n');
}

/** The version and date a data file carries. */
export interface DataStamp {
	/** Version of the open data (MAJOR.MINOR.PATCH), from the newest data update. */
	version: string;
	/**
	 * Day the file's content was last written or checked: the newest of the data update's date and the
	 * `reviewed` dates of the files it is made from. Not the clock time of the build, so the same content
	 * always gives the same file.
	 */
	generated: string;
}

/** Stamp a data file made from content files with these `reviewed` dates; undefined before any data update. */
export function dataStamp(updates: readonly UpdateEntry[], reviewed: readonly string[]): DataStamp | undefined {
	const v = dataVersionOf(updates);
	return v && { version: v.version, generated: [v.date, ...reviewed].sort().at(-1)! };
}
