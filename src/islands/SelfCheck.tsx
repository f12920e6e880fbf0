import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatPartialDate } from '../lib/format.ts';
import { compareWithHistory, keepResult, localDate } from '../lib/self-check/history.ts';
import { decodeImportFile, decodeSaved, encodeSaved, STORAGE_KEY } from '../lib/self-check/saved.ts';
import { ANSWER_LABELS, formatPoints, POINTS, scoreOf } from '../lib/self-check/scoring.ts';
import { decodeShare, encodeShare } from '../lib/self-check/share.ts';
import type { Answer, Answers, Result, SavedState } from '../lib/self-check/types.ts';
import HistoryPanel from './self-check/HistoryPanel.tsx';
import type { IslandItem } from './self-check/model.tsx';
import NoticeView, { type Notice } from './self-check/Notices.tsx';
import Questions from './self-check/Questions.tsx';
import ResultView from './self-check/ResultView.tsx';
import ToolsPanel from './self-check/ToolsPanel.tsx';
import './self-check/self-check.css';

interface Props {
	/** The 25 items in number order. */
	items: IslandItem[];
}

const EMPTY: SavedState = { answers: {}, history: [] };
const countOf = (answers: Answers) => Object.keys(answers).length;

/** Read the saved value; null when nothing is saved, undefined when storage is off (private mode, blocked). */
function readStorage(): string | null | undefined {
	try {
		return localStorage.getItem(STORAGE_KEY);
	} catch {
		return undefined;
	}
}

function writeStorage(state: SavedState): boolean {
	try {
		localStorage.setItem(STORAGE_KEY, encodeSaved(state));
		return true;
	} catch {
		return false;
	}
}

/** Drop a share fragment from the address bar so a reload shows the reader's own answers. */
function clearShareFragment() {
	if (decodeShare(location.hash).kind !== 'none') history.replaceState(null, '', location.pathname + location.search);
}

/**
 * The interactive self-check: the form, the result and the tools around it. All state stays in this
 * browser; it leaves only when the reader exports a file or copies a share link.
 */
export default function SelfCheck({ items }: Props) {
	const [answers, setAnswers] = useState<Answers>({});
	const [results, setResults] = useState<Result[]>([]);
	const [ready, setReady] = useState(false);
	// False while viewing someone's share link: their answers must not overwrite the reader's own.
	const [saving, setSaving] = useState(true);
	const [notices, setNotices] = useState<Notice[]>([]);
	// Only a reader's change is written back: a corrupt value stays until they answer, reset or import.
	const changed = useRef(false);
	const today = localDate(new Date());

	// The hashchange listener is set once; it reads the current state through these refs.
	const answersRef = useRef(answers);
	const resultsRef = useRef(results);
	answersRef.current = answers;
	resultsRef.current = results;

	const showShare = (hash: string, own: SavedState): Notice | undefined => {
		const shared = decodeShare(hash);
		if (shared.kind === 'bad') return { kind: 'bad-share', reason: shared.reason };
		if (shared.kind === 'none') return undefined;
		setAnswers(shared.answers);
		setSaving(false);
		return { kind: 'shared', own };
	};

	useEffect(() => {
		const raw = readStorage();
		const found: Notice[] = [];
		let own = EMPTY;
		if (raw === undefined) found.push({ kind: 'storage-off' });
		else {
			const decoded = decodeSaved(raw);
			if (decoded.ok) own = decoded.state;
			else found.push({ kind: 'corrupt', problems: decoded.problems, raw: raw ?? '' });
		}
		setAnswers(own.answers);
		setResults(own.history);
		const share = showShare(location.hash, own);
		if (share) found.push(share);
		else if (countOf(own.answers) > 0 && found.length === 0) found.push({ kind: 'restored', answered: countOf(own.answers) });
		setNotices(found);
		setReady(true);
		const onHash = () => {
			const notice = showShare(location.hash, { answers: answersRef.current, history: resultsRef.current });
			if (notice) setNotices([notice]);
		};
		addEventListener('hashchange', onHash);
		return () => removeEventListener('hashchange', onHash);
	}, []);

	useEffect(() => {
		if (!ready || !saving || !changed.current) return;
		if (!writeStorage({ answers, history: results })) setNotices((n) => (n.some((x) => x.kind === 'storage-off') ? n : [...n, { kind: 'storage-off' }]));
	}, [answers, results, ready, saving]);

	const update = (next: SavedState, notice?: Notice) => {
		changed.current = true;
		// Fresh objects, so the save effect runs even when the state looks unchanged (e.g. discarding a corrupt value).
		setAnswers({ ...next.answers });
		setResults([...next.history]);
		setNotices(notice ? [notice] : (n) => n.filter((x) => x.kind === 'shared' || x.kind === 'storage-off'));
	};
	const answer = (number: number, a: Answer) => {
		changed.current = true;
		setAnswers((prev) => ({ ...prev, [number]: a }));
		setNotices((n) => n.filter((x) => x.kind === 'shared' || x.kind === 'storage-off'));
	};

	const score = useMemo(() => scoreOf(items, answers), [items, answers]);
	const compared = useMemo(() => compareWithHistory(items, results, answers, today), [items, results, answers, today]);
	const state: SavedState = { answers, history: results };
	const shareUrl = ready ? `${location.origin}${location.pathname}#${encodeShare(answers)}` : '';

	const importFile = async (input: HTMLInputElement) => {
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		const decoded = await decodeImportFile(file);
		if (!decoded.ok) return setNotices([{ kind: 'import-failed', fileName: file.name, problems: decoded.problems }]);
		setSaving(true);
		clearShareFragment();
		update(decoded.state, { kind: 'imported', fileName: file.name, previous: state });
	};

	return (
		<div class="sc" data-has-answers={score.answered > 0 ? 'yes' : 'no'} data-ready={ready ? 'yes' : 'no'}>
			{ready && notices.length > 0 && (
				<div class="sc-notices" data-print="hide">
					{notices.map((n) => (
						<NoticeView
							key={n.kind}
							notice={n}
							onUndo={(s) => {
								setSaving(true);
								update(s);
							}}
							onKeepShared={() => {
								setSaving(true);
								clearShareFragment();
								update(state);
							}}
							onBackToOwn={(own) => {
								setSaving(true);
								clearShareFragment();
								changed.current = false;
								setAnswers(own.answers);
								setResults(own.history);
								setNotices([]);
							}}
							onDiscardCorrupt={() => update(EMPTY)}
							onDismiss={() => setNotices((all) => all.filter((x) => x !== n))}
						/>
					))}
				</div>
			)}

			{ready && (
				<p class="sc-status" role="status">
					回答 {score.answered}/{score.count}問・いまの合計 {score.score}点 <a href="#sc-result">結果を見る</a>
				</p>
			)}

			<h2 id="questions">25の質問</h2>
			{/* A div with the form role, not a <form>: Pagefind skips everything inside <form>, and the questions
			    and their explanations are what readers search for. Nothing is submitted; radios group by name. */}
			<div class="sc-form" role="form" aria-label="自社診断の25問">
				<Questions items={items} answers={answers} onAnswer={ready ? answer : undefined} />
			</div>

			{ready && (
				<section class="sc-result" aria-labelledby="sc-result">
					<h2 id="sc-result" tabindex={-1}>
						診断の結果
					</h2>
					<p class="sc-print-only">{formatPartialDate(today)}時点の回答（{score.answered}/25問）。Mamori 自社診断（IPA「5分でできる！情報セキュリティ自社診断」に沿った25問）</p>
					<ResultView items={items} answers={answers} score={score} compared={compared} />

					<HistoryPanel items={items} results={results} today={today} remaining={score.count - score.answered} saving={saving} onKeep={() => update({ answers, history: keepResult(results, today, answers) })} />

					<ToolsPanel
						items={items}
						state={state}
						today={today}
						shareUrl={shareUrl}
						onImport={importFile}
						onClear={(all) => update(all ? EMPTY : { answers: {}, history: results }, { kind: 'cleared', previous: state })}
					/>

					<table class="sc-print-only sc-print-answers">
						<caption>回答の一覧</caption>
						<thead>
							<tr>
								<th scope="col">No</th>
								<th scope="col">項目</th>
								<th scope="col">回答</th>
								<th scope="col">点数</th>
							</tr>
						</thead>
						<tbody>
							{items.map((i) => {
								const a = answers[i.number];
								return (
									<tr key={i.number}>
										<td>{i.number}</td>
										<td>{i.topic}</td>
										<td>{a ? ANSWER_LABELS[a] : '未回答'}</td>
										<td>{a ? formatPoints(POINTS[a]) : ''}</td>
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
