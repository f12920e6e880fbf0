// Reading a page's prose from content/pages/<page>.yaml (#21). A key the page asks for
// that the file lacks, or a list where a paragraph is wanted, stops the build naming the file and the
// field, rather than print a blank paragraph.
import type { PageFacts } from '../../schemas/page.ts';

/** One page's prose and keywords, read by key. */
export interface PageWords {
	/** The paragraph under `key`. */
	text(key: string): string;
	/** The list items under `key`. */
	list(key: string): readonly string[];
	/** When the text was last checked (YYYY-MM-DD), if the file says. */
	reviewed: string | undefined;
	/** The page's hidden search keywords (the file's `keywords`). */
	keywords(): readonly string[];
}

/** The reader of one page's prose; `file` names it in errors, e.g. 'content/pages/about.yaml'. */
export function pageWords(data: PageFacts, file: string): PageWords {
	const text = data.text ?? {};
	const get = (key: string) => {
		if (!Object.hasOwn(text, key)) throw new Error(`${file} field text.${key}: is missing, but the page uses it`);
		return text[key]!;
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
		keywords() {
			if (!data.keywords) throw new Error(`${file} field keywords: is missing, but the page uses it`);
			return data.keywords;
		},
	};
}
