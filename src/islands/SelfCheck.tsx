import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatPartialDate } from '../lib/format.ts';
import { compareWithHistory, keepResult, localDate } from '../lib/self-check/history.ts';
import type { Locale } from '../lib/routes.ts';
import { decodeImportFile, decodeSaved, encodeSaved } from '../lib/self-check/saved.ts';
import { POINTS, scoreOf } from '../lib/self-check/scoring.ts';
import { decodeShare, encodeShare, followFragment, type ShareView } from '../lib/self-check/share.ts';
import { addToReport, isNews, mergeSaved, takeTheirs } from '../lib/self-check/sync.ts';
import { isAnswer, type Answer, type Answers, type Result, type SavedState } from '../lib/self-check/types.ts';
import HistoryPanel from './self-check/HistoryPanel.tsx';
import { readItemTexts, type IslandItem, type ItemText } from './self-check/model.tsx';
import NoticeView, { type Notice } from './self-check/Notices.tsx';
import ResultView from './self-check/ResultView.tsx';
import ToolsPanel from './self-check/ToolsPanel.tsx';
import { sayer, type SelfCheckWords } from './self-check/words.ts';
import './self-check/self-check.css';

interface Props {
	/** The 25 items in number order: numbers, parts and who acts only; their words are in `children`. */
	items: IslandItem[];
	/** The page's words (selfCheck.* of the dictionary) in its language. */
	words: SelfCheckWords;
	/** The page's language: dates are written in it. */
	locale: Locale;
	/** Where the answers are kept: each language's self-check has its own (src/lib/self-check/saved.ts). */
	storageKey: string;
	/** The SECURITY ACTION page in the page's language. */
	securityActionHref: string;
	/** The heading on this page that explains the points ('#答え方と点数'). */
	scoringHref: string;
	/** The questions as server-rendered radio groups (src/components/self-check/Questions.astro); never re-rendered here. */
	children?: ComponentChildren;
}

const EMPTY: SavedState = { answers: {}, history: [] };
const countOf = (answers: Answers) => Object.keys(answers).length;

/** Read the saved value; null when nothing is saved, undefined when storage is off (private mode, blocked). */
function readStorage(key: string): string | null | undefined {
	try {
		return localStorage.getItem(key);
	} catch {
		return undefined;
	}
}

function writeStorage(key: string, state: SavedState): boolean {
	try {
		localStorage.setItem(key, encodeSaved(state));
		return true;
	} catch {
		return false;
	}
}

/** Drop a share fragment from the address bar so a reload shows the reader's own answers. */
function clearShareFragment() {
	if (decodeShare(location.hash).kind !== 'none') history.replaceState(null, '', location.pathname + location.search);
}

/** The answers checked in the form's radio groups (name q1…q25), e.g. before the island was ready. */
function answersIn(form: HTMLElement | null): Answers {
	const out: Answers = {};
	for (const input of form?.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked') ?? []) {
		const n = Number(input.name.slice(1));
		if (Number.isInteger(n) && isAnswer(input.value)) out[n] = input.value;
	}
	return out;
}

/** Keep notices that stay true whatever the reader does next. */
const lasting = (n: Notice[]) => n.filter((x) => x.kind === 'storage-off');

/**
 * What scripts add to the self-check: scoring, the result and the tools around it, saving. The form itself is
 * the server-rendered children; this reads its radios and sets them to the answers shown. All state stays in
 * this browser; it leaves only when the reader exports a file or copies a share link.
 */
export default function SelfCheck({ items, words, locale, storageKey, securityActionHref, scoringHref, children }: Props) {
	const say = useMemo(() => sayer(words), [words]);
	const [answers, setAnswers] = useState<Answers>({});
	const [results, setResults] = useState<Result[]>([]);
	const [ready, setReady] = useState(false);
	// The result (chart, action list, history, tools) is drawn in a task of its own after the form is live:
	// one long task on a slow phone blocks a tap for its whole length (total blocking time).
	const [drawn, setDrawn] = useState(false);
	useEffect(() => {
		if (!ready) return;
		// The first date formatter loads the locale's calendar data (about 80 ms on a slow phone): built in a task of
		// its own first, so the result's task stays short.
		let t = setTimeout(() => {
			formatPartialDate(today, locale);
			t = setTimeout(() => setDrawn(true));
		});
		return () => clearTimeout(t);
	}, [ready]);
	// The reader's own saved state, set aside while a share link's answers are shown (nothing is saved
	// then); null while the page shows and saves the reader's own. The "shared" notice is drawn from it,
	// so answers that are not being saved are never on screen without that notice.
	const [own, setOwn] = useState<SavedState | null>(null);
	const saving = own === null;
	const [notices, setNotices] = useState<Notice[]>([]);
	// Only a reader's change is written back: a corrupt value stays until they answer, reset or import.
	const changed = useRef(false);
	// The stored value this tab last read or wrote. Anything else in storage was saved by another tab.
	const lastRaw = useRef<string | null | undefined>(undefined);
	const today = localDate(new Date());
	const form = useRef<HTMLDivElement>(null);
	// Each item's topic, how-to and links, read once from the server-rendered questions.
	const texts = useRef<Map<number, ItemText>>(new Map());

	// The listeners are set once; they read the current state through these refs.
	const answersRef = useRef(answers);
	const resultsRef = useRef(results);
	const ownRef = useRef(own);
	answersRef.current = answers;
	resultsRef.current = results;
	ownRef.current = own;

	const show = (view: ShareView) => {
		setAnswers(view.shown.answers);
		setResults(view.shown.history);
		setOwn(view.own);
	};

	/**
	 * Take in what another tab saved (`raw`, replacing `baseRaw`): its changes are merged into this tab's
	 * state and the reader is told what changed. Returns false when `raw` cannot be read (nothing merged).
	 */
	const absorb = (baseRaw: string | null | undefined, raw: string | null): boolean => {
		lastRaw.current = raw;
		const theirs = decodeSaved(raw, say.problems);
		if (!theirs.ok) {
			setNotices((n) => [...n.filter((x) => x.kind !== 'corrupt'), { kind: 'corrupt', problems: theirs.problems, raw: raw ?? '' }]);
			return false;
		}
		const decodedBase = decodeSaved(baseRaw ?? null, say.problems);
		const base = decodedBase.ok ? decodedBase.state : EMPTY;
		const aside = ownRef.current;
		if (aside) {
			// Viewing a share: the reader's own answers, set aside, follow the other tab; the screen does not change.
			setOwn(mergeSaved(base, theirs.state, aside).state);
			return true;
		}
		const merged = mergeSaved(base, theirs.state, { answers: answersRef.current, history: resultsRef.current });
		setAnswers({ ...merged.state.answers });
		setResults([...merged.state.history]);
		// Save the merge only when this tab holds answers the other has not saved (its own, or its side of a
		// conflict); writing back what is stored already would echo to the other tab for nothing.
		changed.current = encodeSaved(merged.state) !== raw;
		if (isNews(merged)) {
			setNotices((n) => {
				const before = n.find((x) => x.kind === 'other-tab');
				const report = addToReport(before?.kind === 'other-tab' ? before.report : undefined, merged);
				return [...n.filter((x) => x.kind !== 'other-tab'), { kind: 'other-tab', report }];
			});
		}
		return true;
	};

	useEffect(() => {
		if (form.current) texts.current = readItemTexts(form.current);
		const raw = readStorage(storageKey);
		lastRaw.current = raw;
		const found: Notice[] = [];
		let saved = EMPTY;
		if (raw === undefined) found.push({ kind: 'storage-off' });
		else {
			const decoded = decodeSaved(raw, say.problems);
			if (decoded.ok) saved = decoded.state;
			else found.push({ kind: 'corrupt', problems: decoded.problems, raw: raw ?? '' });
		}
		const followed = followFragment(location.hash, { shown: saved, own: null });
		// Answers the reader gave before the script was ready are theirs: they join the saved ones and are saved.
		const early = answersIn(form.current);
		const view = followed.own || countOf(early) === 0 ? followed : { ...followed, shown: { ...followed.shown, answers: { ...followed.shown.answers, ...early } } };
		if (view !== followed) changed.current = true;
		show(view);
		if (view.bad) found.push({ kind: 'bad-share', code: view.bad });
		else if (!view.own && countOf(saved.answers) > 0 && found.length === 0) found.push({ kind: 'restored', answered: countOf(saved.answers) });
		setNotices(found);
		setReady(true);
		const onHash = () => {
			const before = { shown: { answers: answersRef.current, history: resultsRef.current }, own: ownRef.current };
			const view = followFragment(location.hash, before);
			if (view === before) return;
			// Back from a share to the reader's own answers: they are what is saved already.
			if (before.own && !view.own) changed.current = false;
			show(view);
			setNotices((n) => [...lasting(n), ...(view.bad ? [{ kind: 'bad-share', code: view.bad } as const] : [])]);
		};
		// Another tab saved: merge its change in now rather than overwrite it with this tab's next save.
		const onStorage = (e: StorageEvent) => {
			if (e.storageArea !== localStorage || (e.key !== null && e.key !== storageKey)) return;
			const now = readStorage(storageKey);
			if (now === undefined || now === lastRaw.current) return;
			// The event names the value the other tab replaced; a stale event (storage moved on since) does not.
			absorb(e.key !== null && e.newValue === now ? e.oldValue : lastRaw.current, now);
		};
		addEventListener('hashchange', onHash);
		addEventListener('storage', onStorage);
		return () => {
			removeEventListener('hashchange', onHash);
			removeEventListener('storage', onStorage);
		};
	}, []);

	useEffect(() => {
		if (!ready || own || !changed.current) return;
		const raw = readStorage(storageKey);
		// Another tab saved since this tab last looked and its event has not arrived yet: merge first;
		// this effect runs again with the merged state and saves it.
		if (raw !== undefined && raw !== lastRaw.current && absorb(lastRaw.current, raw)) return;
		const state = { answers, history: results };
		if (raw === encodeSaved(state)) return; // stored already
		if (writeStorage(storageKey, state)) lastRaw.current = encodeSaved(state);
		else setNotices((n) => (n.some((x) => x.kind === 'storage-off') ? n : [...n, { kind: 'storage-off' }]));
	}, [answers, results, ready, own]);

	// The radios and the part counts show the answers on screen (saved, shared, merged from another tab).
	useEffect(() => {
		if (!ready || !form.current) return;
		for (const input of form.current.querySelectorAll<HTMLInputElement>('input[type="radio"]')) input.checked = answers[Number(input.name.slice(1))] === input.value;
		for (const progress of form.current.querySelectorAll<HTMLElement>('.sc-part-progress')) {
			const partItems = items.filter((i) => i.part === progress.dataset.part);
			progress.textContent = say('selfCheck.partProgress', { answered: partItems.filter((i) => answers[i.number] !== undefined).length, count: partItems.length });
		}
	}, [answers, ready, items, say]);

	const update = (next: SavedState, notice?: Notice) => {
		changed.current = true;
		// Fresh objects, so the save effect runs even when the state looks unchanged (e.g. discarding a corrupt value).
		setAnswers({ ...next.answers });
		setResults([...next.history]);
		setNotices((n) => [...lasting(n), ...(notice ? [notice] : [])]);
	};
	const answer = (number: number, a: Answer) => {
		changed.current = true;
		setAnswers((prev) => ({ ...prev, [number]: a }));
		setNotices((n) => n.filter((x) => x.kind === 'storage-off' || x.kind === 'other-tab'));
	};

	const score = useMemo(() => scoreOf(items, answers), [items, answers]);
	const compared = useMemo(() => compareWithHistory(items, results, answers, today), [items, results, answers, today]);
	const state: SavedState = { answers, history: results };
	const shareUrl = ready ? `${location.origin}${location.pathname}#${encodeShare(answers)}` : '';

	const importFile = async (input: HTMLInputElement) => {
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		const decoded = await decodeImportFile(file, say.problems);
		if (!decoded.ok) return setNotices([{ kind: 'import-failed', fileName: file.name, problems: decoded.problems }]);
		// Undo puts back the reader's own answers, not a share link's that happened to be on screen.
		const previous = own ?? state;
		setOwn(null);
		clearShareFragment();
		update(decoded.state, { kind: 'imported', fileName: file.name, previous });
	};

	const shown: Notice[] = own ? [{ kind: 'shared', own }, ...notices] : notices;
	return (
		<div class="sc" data-has-answers={score.answered > 0 ? 'yes' : 'no'} data-ready={ready && drawn ? 'yes' : 'no'}>
			{ready && shown.length > 0 && (
				<div class="sc-notices" data-print="hide">
					{shown.map((n) => (
						<NoticeView
							say={say}
							locale={locale}
							key={n.kind}
							notice={n}
							onUndo={(s) => update(s)}
							onKeepShared={() => {
								setOwn(null);
								clearShareFragment();
								update(state);
							}}
							onBackToOwn={(saved) => {
								setOwn(null);
								clearShareFragment();
								changed.current = false;
								setAnswers(saved.answers);
								setResults(saved.history);
								setNotices(lasting);
							}}
							onTakeTheirs={(report) => update(takeTheirs(state, report.conflicts, report.recordConflicts))}
							onDiscardCorrupt={() => update(EMPTY)}
							onDismiss={() => setNotices((all) => all.filter((x) => x !== n))}
						/>
					))}
				</div>
			)}

			<h2 id="questions">{say('selfCheck.questionsHeading')}</h2>
			{/* A div with the form role, not a <form>: Pagefind skips everything inside <form>, and the questions
			    and their explanations are what readers search for. Nothing is submitted; radios group by name. */}
			<div
				class="sc-form"
				role="form"
				aria-label={say('selfCheck.formLabel')}
				ref={form}
				onChange={(e) => {
					const input = e.target as HTMLInputElement;
					const n = Number(input.name?.slice(1));
					if (ready && input.type === 'radio' && Number.isInteger(n) && isAnswer(input.value)) answer(n, input.value);
				}}
			>
				{children}
			</div>

			{/* In the page before any script runs, in the same place and size, so nothing moves when it is filled in.
			    Until then (or with scripts off) the count and total are CSS counters over the checked radios, between
			    the words of selfCheck.status (data-w0…w3: the stylesheet writes no words). */}
			<p class="sc-status" role="status">
				{ready ? (
					<>
						{say('selfCheck.status', { answered: score.answered, count: score.count, score: score.score })}{' '}
						<a href="#sc-result" class="mm-nowrap">
							{say('selfCheck.seeResult')}
						</a>
					</>
				) : (
					<span class="sc-status-counted" data-count={items.length} data-w0={say.statusPieces[0]} data-w1={say.statusPieces[1]} data-w2={say.statusPieces[2]} data-w3={say.statusPieces[3]} />
				)}
			</p>

			{ready && drawn && (
				<section class="sc-result" aria-labelledby="sc-result">
					<h2 id="sc-result" tabindex={-1}>
						{say('selfCheck.resultHeading')}
					</h2>
					<p class="sc-print-only">{say('selfCheck.printLine', { date: formatPartialDate(today, locale), answered: score.answered })}</p>
					<ResultView
						items={items}
						texts={texts.current}
						say={say}
						locale={locale}
						securityActionHref={securityActionHref}
						scoringHref={scoringHref}
						answers={answers}
						score={score}
						compared={compared}
					/>

					<HistoryPanel
						items={items}
						say={say}
						locale={locale}
						results={results}
						today={today}
						remaining={score.count - score.answered}
						saving={saving}
						onKeep={() => update({ answers, history: keepResult(results, today, answers) })}
					/>

					<ToolsPanel
						items={items}
						texts={texts.current}
						say={say}
						state={state}
						today={today}
						shareUrl={shareUrl}
						onImport={importFile}
						onClear={(all) => update(all ? EMPTY : { answers: {}, history: results }, { kind: 'cleared', previous: state })}
					/>

					<table class="sc-print-only sc-print-answers">
						<caption>{say('selfCheck.answersCaption')}</caption>
						<thead>
							<tr>
								<th scope="col">{say('selfCheck.colNo')}</th>
								<th scope="col">{say('selfCheck.colItem')}</th>
								<th scope="col">{say('selfCheck.colAnswer')}</th>
								<th scope="col">{say('selfCheck.colPoints')}</th>
							</tr>
						</thead>
						<tbody>
							{items.map((i) => {
								const a = answers[i.number];
								return (
									<tr key={i.number}>
										<td>{i.number}</td>
										<td>{texts.current.get(i.number)?.topic}</td>
										<td>{a ? say.answer(a) : say('selfCheck.unanswered')}</td>
										<td>{a ? say.points(POINTS[a]) : ''}</td>
									</tr>
								);
							})}
						</tbody>
					</table>
				</section>
			)}
		</div>
	);
}
