// Reading a Japanese-only page's prose from content/page-text/<page>.yaml (#21). A key the page asks for
// that the file lacks, or a list where a paragraph is wanted, stops the build naming the file and the
// field, rather than print a blank paragraph.
import type { PageText } from '../../schemas/page-text.ts';

/** One page's prose, read by key. */
export interface PageWords {
	/** The paragraph under `key`. */
	text(key: string): string;
	/** The list items under `key`. */
	list(key: string): readonly string[];
	/** When the text was last checked (YYYY-MM-DD), if the file says. */
	reviewed: string | undefined;
}

/** The reader of one page's prose; `file` names it in errors, e.g. 'content/page-text/about.yaml'. */
export function pageWords(data: PageText, file: string): PageWords {
	const get = (key: string) => {
		if (!Object.hasOwn(data.text, key)) throw new Error(`${file} field text.${key}: is missing, but the page uses it`);
		return data.text[key]!;
	};
	return {
		text(key) {
			const v = get(key);
			if (typeof v !== 'string') throw new Error(`${file} field text.${key}: is a list, but the page prints one paragraph`);
			return v;
		},
		list(key) {
			const v = get(key);
			if (typeof v === 'string') throw new Error(`${file} field text.${key}: is one paragraph, but the page prints a list`);
			return v;
		},
		reviewed: data.reviewed,
	};
}
