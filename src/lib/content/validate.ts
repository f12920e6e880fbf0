import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import { findUnsafeHtml } from './mdx-html.ts';
import { explainIssue, formatPath, type CheckedContent, type ContentProblem } from './rules/problem.ts';
import { crossFileProblems } from './rules/index.ts';
import { siteConfigProblems } from './site-config.ts';
import { checkEnglishPairs } from './english-pairs.ts';
import { checkEnglishAdvice, type AdvicePair } from './rules/english-advice.ts';

// Reads content/, runs each file through its schema, then the cross-file rules (src/lib/content/rules/).
export { formatPath, type ContentProblem } from './rules/problem.ts';

/** A content file read from disk, parsed but not yet validated. */
interface RawEntry {
	file: string;
	id: string;
	data: unknown;
}

/** Format a problem as one line a content author can act on. */
export function formatProblem(p: ContentProblem): string {
	return `${p.file} (entry "${p.entry}")${p.field ? ` field ${p.field}` : ''}: ${p.message}`;
}

/** Split an MDX/Markdown file into its YAML frontmatter text; null when there is none. */
export function frontmatterOf(source: string): string | null {
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?(\n|$)/.exec(source);
	return m ? m[1]! : null;
}

/** Read every file of every collection under `contentRoot`; report files that cannot be parsed. */
function readCollections(contentRoot: string, label: string) {
	const raw = {} as Record<CollectionName, RawEntry[]>;
	const ids = {} as Record<CollectionName, Set<string>>;
	const problems: ContentProblem[] = [];
	for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
		const dir = join(contentRoot, spec.dir);
		const files = existsSync(dir)
			? readdirSync(dir)
					.filter((f) => f.endsWith(spec.ext))
					.sort()
			: [];
		raw[name] = [];
		ids[name] = new Set();
		for (const f of files) {
			const file = `${label}/${spec.dir}/${f}`;
			const id = f.slice(0, -spec.ext.length);
			ids[name].add(id);
			const text = readFileSync(join(dir, f), 'utf8');
			const yamlText = spec.ext === '.mdx' ? frontmatterOf(text) : text;
			// MDX renders raw HTML as real elements: nothing that runs, loads or restyles may reach the page.
			if (spec.ext === '.mdx') for (const h of findUnsafeHtml(text)) problems.push({ file, entry: id, field: '', message: `line ${h.line}: ${h.message}` });
			if (yamlText === null) {
				problems.push({ file, entry: id, field: '', message: 'no frontmatter: start the file with a --- block' });
				continue;
			}
			try {
				raw[name].push({ file, id, data: parseYaml(yamlText) });
			} catch (e) {
				const where = e instanceof YAMLParseError && e.linePos ? ` (line ${e.linePos[0].line})` : '';
				problems.push({ file, entry: id, field: '', message: `not valid YAML${where}: ${(e as Error).message.split('\n')[0]}` });
			}
		}
	}
	return { raw, ids, problems };
}

/** Validate all content under `contentRoot`: schemas first, then the rules that span entries. */
export function validateContent(contentRoot: string, label = 'content'): ContentProblem[] {
	const { raw, ids, problems } = readCollections(contentRoot, label);
	const valid = {} as Record<CollectionName, { file: string; id: string; data: unknown }[]>;
	for (const name of Object.keys(raw) as CollectionName[]) {
		valid[name] = [];
		for (const e of raw[name]) {
			if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id)) {
				problems.push({ file: e.file, entry: e.id, field: '', message: 'file name must be lowercase kebab-case (it becomes the URL)' });
			}
			const result = COLLECTIONS[name].schema.safeParse(e.data);
			if (result.success) valid[name].push({ ...e, data: result.data });
			else for (const issue of result.error.issues) problems.push({ file: e.file, entry: e.id, field: formatPath(issue.path), message: explainIssue(issue) });
		}
	}
	// Cross-references use every file that exists, so one broken entry is reported once, not by each referrer.
	problems.push(...crossFileProblems({ valid: valid as CheckedContent, ids }));
	// en-more (issue 22): an English help, rule or お助け隊 file matches its original item for item.
	problems.push(...checkEnglishPairs(valid as CheckedContent));
	// en-more2 (issue 22): an English threat's advice translates every item of its original's list.
	problems.push(...checkEnglishAdvice(adviceInputs(contentRoot, label, valid.enThreats as { file: string; id: string; data: { advice: string[] } }[], new Set(valid.threats.map((t) => t.id)))));
	// Who runs the site is content too: the same build that checks the pages checks site.yaml.
	problems.push(...siteConfigProblems(join(contentRoot, 'site.yaml'), `${label}/site.yaml`));
	return problems;
}

/** en-more2: each English threat with the text of its Japanese MDX file, for checkEnglishAdvice. */
// An original that failed its own checks is reported once, by them: its advice is not compared.
function adviceInputs(contentRoot: string, label: string, enThreats: readonly { file: string; id: string; data: { advice: string[] } }[], validThreats: ReadonlySet<string>): AdvicePair[] {
	const { dir, ext } = COLLECTIONS.threats;
	return enThreats.map((e) => {
		const path = join(contentRoot, dir, `${e.id}${ext}`);
		const jaSource = validThreats.has(e.id) ? readFileSync(path, 'utf8') : undefined;
		return { file: e.file, id: e.id, advice: e.data.advice, jaFile: `${label}/${dir}/${e.id}${ext}`, jaSource };
	});
}
