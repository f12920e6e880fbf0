import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Edition, EditionList } from '../../schemas/edition.ts';
import type { Case } from '../../schemas/article.ts';
import type { HelpSituation } from '../../schemas/help.ts';
import type { BasicRule } from '../../schemas/guideline.ts';
import type { Pilot } from '../../schemas/otasuketai.ts';
import type { ServiceStandard } from '../../schemas/otasuketai-service.ts';
import { StatSchema, type StatFile } from '../../schemas/stat.ts';
import type { SelfCheckItem } from '../../schemas/self-check.ts';
import type { Threat } from '../../schemas/threat.ts';
import { COLLECTIONS, ENGLISH_ORIGINALS, type CollectionName } from './collections.ts';
import { figureRefProblem, indexFigures, resolveStat } from './stats.ts';
import { findUnsafeHtml } from './mdx-html.ts';
import { siteConfigProblems } from './site-config.ts';
import { checkEnglishPairs } from './english-pairs.ts';

/** One problem in one content file, phrased for the person who edits that file. */
export interface ContentProblem {
	/** Path of the file, relative to the project (e.g. content/threats/editions/2026.yaml). */
	file: string;
	/** Entry id (the file name without extension). */
	entry: string;
	/** Dotted path of the field, e.g. organization.entries[2].threat; empty for the whole file. */
	field: string;
	/** What is wrong and how to fix it. */
	message: string;
}

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

/** Turn a zod issue path into `a.b[2].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`))
		.join('');
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
		const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(spec.ext)).sort() : [];
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
	const valid = {} as Record<CollectionName, { file: string; id: string; data: any }[]>;
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
	problems.push(...crossCheck(valid, ids.threats, ids.help), ...checkStats(valid, ids));
	problems.push(...checkEnglish(valid, ids));
	// en-more (issue 22): an English help, rule or お助け隊 file matches its original item for item.
	problems.push(...checkEnglishPairs(valid));
	// Who runs the site is content too: the same build that checks the pages checks site.yaml.
	problems.push(...siteConfigProblems(join(contentRoot, 'site.yaml'), `${label}/site.yaml`));
	return problems;
}

/** Reword zod's generic messages for a content author. */
export function explainIssue(issue: { code: string; message: string; keys?: string[]; origin?: string; maximum?: unknown; minimum?: unknown }): string {
	const unit = issue.origin === 'array' ? ' item(s)' : issue.origin === 'string' ? ' character(s)' : '';
	if (issue.code === 'too_big' && issue.maximum !== undefined) return `must be at most ${String(issue.maximum)}${unit}`;
	// A custom message (e.g. 'give at least one source') says more than the generic one.
	if (issue.code === 'too_small' && issue.minimum !== undefined && issue.message.startsWith('Too small')) return `must be at least ${String(issue.minimum)}${unit}`;
	const missing = /^Invalid input: expected (\w+), received undefined$/.exec(issue.message);
	if (issue.code === 'invalid_type' && missing) return `is required (${missing[1]})`;
	const wrongType = /^Invalid input: expected (\w+), received (\w+)$/.exec(issue.message);
	if (issue.code === 'invalid_type' && wrongType) return `must be a ${wrongType[1]}, not a ${wrongType[2]}`;
	if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys!.map((k) => `"${k}"`).join(', ')}: remove it or fix its spelling`;
	return issue.message;
}

type Valid<T> = { file: string; id: string; data: T }[];

/** Rules between entries: ids that must exist, numbers that must be unique or match file names. */
function crossCheck(v: Record<CollectionName, Valid<any>>, threatIds: Set<string>, helpIds: Set<string>): ContentProblem[] {
	const out: ContentProblem[] = [];
	const unknownThreat = (id: string) => `"${id}" names no threat: add content/threats/catalog/${id}.mdx or fix the id`;
	for (const t of v.threats as Valid<Threat>) {
		t.data.related.forEach((r, i) => {
			if (!threatIds.has(r)) out.push({ file: t.file, entry: t.id, field: `related[${i}]`, message: unknownThreat(r) });
		});
	}
	for (const e of v.editions as Valid<Edition>) {
		if (e.id !== String(e.data.edition)) out.push({ file: e.file, entry: e.id, field: 'edition', message: `is ${e.data.edition} but the file is ${e.id}.yaml: name the file after the edition year` });
		for (const kind of ['organization', 'individual'] as const) out.push(...checkList(e, kind, e.data[kind], threatIds, unknownThreat));
	}
	out.push(...uniqueNumbers(v.basicRules as Valid<BasicRule>, 'number', true));
	out.push(...uniqueNumbers(v.selfCheck as Valid<SelfCheckItem>, 'number', false));
	const ruleNumbers = new Set((v.basicRules as Valid<BasicRule>).map((r) => r.data.number));
	for (const s of v.selfCheck as Valid<SelfCheckItem>) {
		const part = s.data.number <= 5 ? 'basic' : s.data.number <= 18 ? 'employee' : 'organization';
		if (s.data.part !== part) out.push({ file: s.file, entry: s.id, field: 'part', message: `item ${s.data.number} belongs to part "${part}" (1–5 basic, 6–18 employee, 19–25 organization)` });
		s.data.threats.forEach((id, i) => { if (!threatIds.has(id)) out.push({ file: s.file, entry: s.id, field: `threats[${i}]`, message: unknownThreat(id) }); });
		const rule = s.data.basicRule;
		if (rule !== undefined && part !== 'basic') out.push({ file: s.file, entry: s.id, field: 'basicRule', message: 'only Part1 items (1–5) put a 5か条 rule into practice: remove it' });
		else if (rule !== undefined && !ruleNumbers.has(rule)) out.push({ file: s.file, entry: s.id, field: 'basicRule', message: `rule ${rule} is not in content/guideline/basic-rules/` });
		// One link per action: a Part1 item links to its rule, the others to the section they name.
		if (rule !== undefined && s.data.guideline !== undefined) out.push({ file: s.file, entry: s.id, field: 'guideline', message: 'give basicRule or guideline, not both: a Part1 item links to its 5か条 rule' });
	}
	// A case page links to /guideline/#rule-N and /self-check/#item-N, so both must exist.
	const itemNumbers = new Set((v.selfCheck as Valid<SelfCheckItem>).map((s) => s.data.number));
	for (const c of v.cases as Valid<Case>) {
		c.data.threats.forEach((id, i) => { if (!threatIds.has(id)) out.push({ file: c.file, entry: c.id, field: `threats[${i}]`, message: unknownThreat(id) }); });
		c.data.basicRules.forEach((n, i) => { if (!ruleNumbers.has(n)) out.push({ file: c.file, entry: c.id, field: `basicRules[${i}]`, message: `rule ${n} is not in content/guideline/basic-rules/: link an existing 5か条 rule` }); });
		c.data.selfCheck.forEach((n, i) => { if (!itemNumbers.has(n)) out.push({ file: c.file, entry: c.id, field: `selfCheck[${i}]`, message: `no file in content/self-check/ has number ${n}: link an existing self-check item` }); });
	}
	out.push(...checkSituations(v.helpSituations as Valid<HelpSituation>, threatIds, ruleNumbers, itemNumbers, helpIds));
	const teamIds = new Map<string, string>();
	for (const p of v.otasuketai as Valid<Pilot>) {
		if (p.id !== String(p.data.year)) out.push({ file: p.file, entry: p.id, field: 'year', message: `is ${p.data.year} but the file is ${p.id}.yaml: name the file after the pilot year` });
		p.data.teams.forEach((t, i) => {
			const seen = teamIds.get(t.id);
			if (seen) out.push({ file: p.file, entry: p.id, field: `teams[${i}].id`, message: `"${t.id}" is already used in ${seen}: team ids must be unique` });
			else teamIds.set(t.id, p.file);
		});
	}
	return out;
}

/** A help situation links threat pages, 5か条 rules, self-check items and contacts: each must exist. */
function checkSituations(situations: Valid<HelpSituation>, threatIds: Set<string>, rules: Set<number>, items: Set<number>, contacts: Set<string>): ContentProblem[] {
	const out: ContentProblem[] = [];
	const unknownContact = (id: string) => `"${id}" names no contact: add content/help/${id}.yaml or fix the id`;
	for (const s of situations) {
		const push = (field: string, message: string) => out.push({ file: s.file, entry: s.id, field, message });
		s.data.threats.forEach((id, i) => { if (!threatIds.has(id)) push(`threats[${i}]`, `"${id}" names no threat: add content/threats/catalog/${id}.mdx or fix the id`); });
		s.data.basicRules.forEach((n, i) => { if (!rules.has(n)) push(`basicRules[${i}]`, `rule ${n} is not in content/guideline/basic-rules/: link an existing 5か条 rule`); });
		s.data.selfCheck.forEach((n, i) => { if (!items.has(n)) push(`selfCheck[${i}]`, `no file in content/self-check/ has number ${n}: link an existing self-check item`); });
		s.data.contacts.forEach((c, i) => { if (!contacts.has(c.id)) push(`contacts[${i}].id`, unknownContact(c.id)); });
		if (s.data.duty && !contacts.has(s.data.duty.contact)) push('duty.contact', unknownContact(s.data.duty.contact));
	}
	return out;
}

/** Stats that take figures from other files: each must name one that exists in the stat's unit, and the rows must chart. */
function checkStats(v: Record<CollectionName, Valid<any>>, ids: Record<CollectionName, Set<string>>): ContentProblem[] {
	const out: ContentProblem[] = [];
	// A file that exists but failed its own schema is reported there, not again from each stat that uses it.
	const broken = new Set([
		...[...ids.otasuketai].filter((id) => !v.otasuketai.some((p) => p.id === id)).map((id) => `otasuketai/${id}`),
		...[...ids.otasuketaiService].filter((id) => !v.otasuketaiService.some((s) => s.id === id)).map((id) => `otasuketai-service/${id}`),
	]);
	const index = indexFigures([
		...(v.otasuketai as Valid<Pilot>).map((p) => ({ from: `otasuketai/${p.id}`, figures: p.data.figures })),
		...(v.otasuketaiService as Valid<ServiceStandard>).map((s) => ({ from: `otasuketai-service/${s.id}`, figures: s.data.figures })),
	]);
	// Each stat has its own place on /stats/.
	const places = new Map<number, string>();
	for (const s of v.stats as Valid<StatFile>) {
		const order = s.data.section?.order;
		if (order === undefined) continue;
		if (places.has(order)) out.push({ file: s.file, entry: s.id, field: 'section.order', message: `${order} is already used by ${places.get(order)}: give each stat its own place on /stats/` });
		else places.set(order, s.file);
	}
	for (const s of v.stats as Valid<StatFile>) {
		if (s.data.figures?.some((ref) => broken.has(ref.from))) continue;
		const problems = (s.data.figures ?? []).flatMap((ref, i) => {
			const p = figureRefProblem(ref, s.data.unit, index);
			return p ? [{ file: s.file, entry: s.id, field: `figures[${i}].${p.field}`, message: p.message }] : [];
		});
		out.push(...problems);
		if (problems.length || !s.data.figures) continue;
		// The rules of a drawn chart (e.g. all shares or none) apply to taken figures as to written rows.
		const drawn = StatSchema.safeParse(resolveStat(s.data, index));
		if (!drawn.success) for (const issue of drawn.error.issues) out.push({ file: s.file, entry: s.id, field: formatPath(issue.path).replace(/^rows/, 'figures'), message: explainIssue(issue) });
	}
	return out;
}

/** Check one list of an edition: ranks present and unique when ranked, absent when not, threats known and not repeated. */
function checkList(e: Valid<Edition>[number], kind: string, list: EditionList, threatIds: Set<string>, unknownThreat: (id: string) => string): ContentProblem[] {
	const out: ContentProblem[] = [];
	const ranks = new Map<number, number>();
	const threats = new Map<string, number>();
	list.entries.forEach((entry, i) => {
		const field = `${kind}.entries[${i}]`;
		const push = (f: string, message: string) => out.push({ file: e.file, entry: e.id, field: `${field}.${f}`, message });
		if (list.ranked && entry.rank === undefined) push('rank', `is missing: the ${kind} list is ranked (ranked: true)`);
		if (!list.ranked && entry.rank !== undefined) push('rank', `must be left out: the ${kind} list is unranked (ranked: false)`);
		if (entry.rank !== undefined) {
			if (ranks.has(entry.rank)) push('rank', `${entry.rank} is used twice in the ${kind} list (also entries[${ranks.get(entry.rank)}])`);
			else ranks.set(entry.rank, i);
		}
		if (!threatIds.has(entry.threat)) push('threat', unknownThreat(entry.threat));
		entry.mergedFrom?.forEach((id, j) => {
			if (!threatIds.has(id)) push(`mergedFrom[${j}]`, unknownThreat(id));
		});
		if (entry.splitFrom !== undefined && !threatIds.has(entry.splitFrom)) push('splitFrom', unknownThreat(entry.splitFrom));
		if (entry.continuesPredecessor && entry.splitFrom === undefined) push('continuesPredecessor', 'needs splitFrom: name the combined threat whose years this threat continues');
		if (threats.has(entry.threat)) push('threat', `"${entry.threat}" appears twice in the ${kind} list (also entries[${threats.get(entry.threat)}])`);
		else threats.set(entry.threat, i);
	});
	return out;
}

/** Numbers (rule or item numbers) must be unique; optionally the file must be named after the number. */
function uniqueNumbers(entries: Valid<{ number: number }>, field: string, matchFile: boolean): ContentProblem[] {
	const out: ContentProblem[] = [];
	const seen = new Map<number, string>();
	for (const e of entries) {
		const n = e.data.number;
		if (seen.has(n)) out.push({ file: e.file, entry: e.id, field, message: `${n} is already used by ${seen.get(n)}` });
		else seen.set(n, e.file);
		if (matchFile && e.id !== String(n)) out.push({ file: e.file, entry: e.id, field, message: `is ${n} but the file is ${e.id}.yaml: name the file after the number` });
	}
	return out;
}

/**
 * English edition (issue 22): an English entry names its Japanese original (its own file name), which
 * exists and declares `en: true`; a Japanese entry declaring `en: true` has its English file.
 */
function checkEnglish(v: Record<CollectionName, Valid<any>>, ids: Record<CollectionName, Set<string>>): ContentProblem[] {
	const out: ContentProblem[] = [];
	for (const [enName, jaName] of Object.entries(ENGLISH_ORIGINALS) as [CollectionName, CollectionName][]) {
		const ja = COLLECTIONS[jaName];
		const en = COLLECTIONS[enName];
		// The other side's file, named as this side's is (under the same content root).
		const swap = (file: string, from: { dir: string; ext: string }, to: { dir: string; ext: string }) => file.replace(`/${from.dir}/`, `/${to.dir}/`).replace(new RegExp(`${from.ext.replace('.', '\\.')}$`), to.ext);
		for (const e of v[enName] as Valid<{ original: string }>) {
			if (e.data.original !== e.id) out.push({ file: e.file, entry: e.id, field: 'original', message: `"${e.data.original}" must be this file's name (the English page has the Japanese page's path)` });
			else if (!ids[jaName].has(e.id)) out.push({ file: e.file, entry: e.id, field: 'original', message: `names no Japanese original: ${swap(e.file, en, ja)} does not exist` });
		}
		const english = new Set((v[enName] as Valid<unknown>).map((e) => e.id));
		for (const j of v[jaName] as Valid<{ en?: boolean }>) {
			if (j.data.en === true && !ids[enName].has(j.id)) out.push({ file: j.file, entry: j.id, field: 'en', message: `declares an English version, but ${swap(j.file, ja, en)} does not exist` });
			if (j.data.en !== true && english.has(j.id)) out.push({ file: j.file, entry: j.id, field: 'en', message: `${swap(j.file, ja, en)} translates this entry: add en: true` });
		}
	}
	return out;
}
