// English edition, help / guideline / お助け隊 (issue 22): rules that compare an English file with its
// Japanese original, beyond "both exist" (src/lib/content/validate.ts, checkEnglish). A faithful
// translation has the same steps, the same contacts in the same order and a label for every phone number;
// when the Japanese file changes and the English one is not updated, the build says which file to fix.
// Pure: takes the validated entries, returns problems.
import { SERVICE_PARTS } from '../service-parts.ts';

/** One problem in one content file (the same shape as validate.ts's ContentProblem). */
export interface PairProblem {
	file: string;
	entry: string;
	field: string;
	message: string;
}

/** A validated entry as the validator holds it. */
export interface PairEntry<T> {
	file: string;
	id: string;
	data: T;
}

/** The fields of each side that the rules compare. */
export interface PairInput {
	helpSituations: readonly PairEntry<{ firstHour: unknown[]; dont: unknown[]; keep: unknown[]; contacts: { id: string }[]; duty?: unknown }>[];
	enHelpSituations: readonly PairEntry<{ firstHour: unknown[]; dont: unknown[]; keep: unknown[]; contacts: { id: string }[]; duty?: unknown }>[];
	help: readonly PairEntry<{ does: unknown[]; doesNot: unknown[]; phones: unknown[]; unconfirmed?: string }>[];
	enHelp: readonly PairEntry<{ does: unknown[]; doesNot: unknown[]; phoneLabels: unknown[]; unconfirmed?: string }>[];
	basicRules: readonly PairEntry<{ number: number; steps: unknown[]; done: unknown[] }>[];
	enBasicRules: readonly PairEntry<{ steps: unknown[]; done: unknown[] }>[];
	otasuketaiService: readonly PairEntry<{ priceCeilings: { class: string; type: string }[] }>[];
	enOtasuketaiService: readonly PairEntry<{ ceilingTypes: { type: string }[]; parts: { original: string }[] }>[];
}

/** Compare each English entry with its original; an English entry without one is checkEnglish's to report. */
export function checkEnglishPairs(v: PairInput): PairProblem[] {
	const out: PairProblem[] = [];
	const sameCount = (en: PairEntry<unknown>, field: string, enLen: number, jaLen: number, jaFile: string) => {
		if (enLen !== jaLen) out.push({ file: en.file, entry: en.id, field, message: `has ${enLen} item(s) but ${jaFile} has ${jaLen}: translate every item, in the same order` });
	};
	const byId = <T>(list: readonly PairEntry<T>[]) => new Map(list.map((e) => [e.id, e]));

	const situations = byId(v.helpSituations);
	for (const en of v.enHelpSituations) {
		const ja = situations.get(en.id);
		if (!ja) continue;
		for (const f of ['firstHour', 'dont', 'keep'] as const) sameCount(en, f, en.data[f].length, ja.data[f].length, ja.file);
		const enIds = en.data.contacts.map((c) => c.id).join(', ');
		const jaIds = ja.data.contacts.map((c) => c.id).join(', ');
		if (enIds !== jaIds) out.push({ file: en.file, entry: en.id, field: 'contacts', message: `lists ${enIds || 'no contacts'}; ${ja.file} lists ${jaIds}: use the same contacts in the same order` });
		if (Boolean(en.data.duty) !== Boolean(ja.data.duty))
			out.push({ file: en.file, entry: en.id, field: 'duty', message: ja.data.duty ? `${ja.file} has a duty: translate its text` : `${ja.file} has no duty: remove it` });
	}

	const contacts = byId(v.help);
	for (const en of v.enHelp) {
		const ja = contacts.get(en.id);
		if (!ja) continue;
		sameCount(en, 'does', en.data.does.length, ja.data.does.length, ja.file);
		sameCount(en, 'doesNot', en.data.doesNot.length, ja.data.doesNot.length, ja.file);
		sameCount(en, 'phoneLabels', en.data.phoneLabels.length, ja.data.phones.length, ja.file);
		if (Boolean(en.data.unconfirmed) !== Boolean(ja.data.unconfirmed))
			out.push({
				file: en.file,
				entry: en.id,
				field: 'unconfirmed',
				message: ja.data.unconfirmed ? `${ja.file} says what is unconfirmed: translate it` : `${ja.file} has no unconfirmed note: remove it`,
			});
	}

	const rules = byId(v.basicRules);
	for (const en of v.enBasicRules) {
		const ja = rules.get(en.id);
		if (!ja) continue;
		sameCount(en, 'steps', en.data.steps.length, ja.data.steps.length, ja.file);
		sameCount(en, 'done', en.data.done.length, ja.data.done.length, ja.file);
	}

	const standards = byId(v.otasuketaiService);
	for (const en of v.enOtasuketaiService) {
		const ja = standards.get(en.id);
		if (!ja) continue;
		const parts = en.data.parts.map((p) => p.original).join('、');
		if (parts !== SERVICE_PARTS.join('、'))
			out.push({ file: en.file, entry: en.id, field: 'parts', message: `names ${parts}; the service has ${SERVICE_PARTS.join('、')} (src/lib/service-parts.ts): translate each, in that order` });
		const named = new Set(en.data.ceilingTypes.map((c) => c.type));
		for (const c of ja.data.priceCeilings.filter((p) => p.class === '1類')) {
			if (!named.has(c.type)) out.push({ file: en.file, entry: en.id, field: 'ceilingTypes', message: `${ja.file} has the price-ceiling type "${c.type}": give it an English name and text` });
		}
	}
	return out;
}
