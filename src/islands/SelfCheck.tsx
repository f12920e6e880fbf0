import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { compareWithHistory, keepResult, localDate } from '../lib/self-check/history.ts';
import { answersCsv, exportSummary } from '../lib/self-check/report.ts';
import { decodeImportFile, decodeSaved, encodeExport, encodeSaved, STORAGE_KEY } from '../lib/self-check/saved.ts';
import { ANSWER_LABELS, formatPoints, POINTS, scoreOf } from '../lib/self-check/scoring.ts';
import { decodeShare, encodeShare } from '../lib/self-check/share.ts';
import { PART_LABELS, PARTS, type Answer, type Answers, type Result, type SavedState } from '../lib/self-check/types.ts';
import { download } from './chart-export.ts';
import { formatPartialDate } from '../lib/format.ts';
import type { IslandItem } from './self-check/model.tsx';
import Questions from './self-check/Questions.tsx';
import ResultView from './self-check/ResultView.tsx';
import './self-check/self-check.css';

interface Props {
	/** The 25 items in number order. */
	items: IslandItem[];
}

/** Something the page tells the reader about their saved answers. */
type Notice =
	| { kind: 'restored'; answered: number }
	| { kind: 'corrupt'; problems: string[]; raw: string }
	| { kind: 'storage-off' }
	| { kind: 'shared'; own: SavedState }
	| { kind: 'bad-share'; reason: string }
	| { kind: 'imported'; fileName: string; previous: SavedState }
	| { kind: 'import-failed'; fileName: string; problems: string[] }
	| { kind: 'cleared'; previous: SavedState };

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
	const [confirmClear, setConfirmClear] = useState(false);
	const [copied, setCopied] = useState(false);
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
			<form class="sc-form" onSubmit={(e) => e.preventDefault()} aria-label="自社診断の25問">
				<Questions items={items} answers={answers} onAnswer={ready ? answer : undefined} />
			</form>

			{ready && (
				<section class="sc-result" aria-labelledby="sc-result">
					<h2 id="sc-result" tabindex={-1}>
						診断の結果
					</h2>
					<p class="sc-print-only">{formatPartialDate(today)}時点の回答（{score.answered}/25問）。Mamori 自社診断（IPA「5分でできる！情報セキュリティ自社診断」に沿った25問）</p>
					<ResultView items={items} answers={answers} score={score} compared={compared} />

					<div class="sc-history" data-print="hide">
						<h3>結果の記録</h3>
						<p>全問に答えたら、今日の結果を記録しておけます。次に診断したとき、前回の記録と比べて表示します。記録はこのブラウザの中だけに残ります。</p>
						<button type="button" class="sc-button" disabled={!score.complete || !saving} onClick={() => update({ answers, history: keepResult(results, today, answers) })}>
							{formatPartialDate(today)}の結果として記録する
						</button>
						{!score.complete && <p class="sc-muted">あと{score.count - score.answered}問答えると記録できます。</p>}
						{!saving && <p class="sc-muted">共有リンクの回答を見ているあいだは記録できません。</p>}
						{results.length > 0 && (
							<div class="mm-table-scroll">
								<table class="sc-table">
									<caption>これまでの記録（{results.length}件、新しい順）</caption>
									<thead>
										<tr>
											<th scope="col">日付</th>
											<th scope="col">合計</th>
											{PARTS.map((p) => (
												<th scope="col" key={p}>
													{PART_LABELS[p].split(' ')[0]}
												</th>
											))}
										</tr>
									</thead>
									<tbody>
										{[...results].reverse().map((r) => {
											const s = scoreOf(items, r.answers);
											return (
												<tr key={r.date}>
													<th scope="row">{formatPartialDate(r.date)}</th>
													<td>{s.score}点</td>
													{s.parts.map((p) => (
														<td key={p.part}>
															{p.score}/{p.max}
														</td>
													))}
												</tr>
											);
										})}
									</tbody>
								</table>
							</div>
						)}
					</div>

					<div class="sc-tools" data-print="hide">
						<h3>保存・共有・印刷</h3>
						<p>回答はこのブラウザに自動で保存されます（サーバーには送りません）。別のパソコンに移すときや控えを残すときは、ファイルに書き出してください。</p>
						<div class="sc-tool-row">
							<button type="button" class="sc-button" onClick={() => window.print()}>
								結果を印刷する（A4）
							</button>
							<button
								type="button"
								class="sc-button"
								onClick={() => download(new Blob([encodeExport(state, new Date(), exportSummary(items, answers))], { type: 'application/json' }), `mamori-self-check-${today}.json`)}
							>
								JSONで書き出す
							</button>
							<button type="button" class="sc-button" onClick={() => download(new Blob([answersCsv(items, answers, PART_LABELS, today)], { type: 'text/csv' }), `mamori-self-check-${today}.csv`)}>
								CSVで書き出す
							</button>
							<label class="sc-button sc-file">
								JSONを読み込む
								<input type="file" accept=".json,application/json" class="mm-visually-hidden" onChange={(e) => void importFile(e.currentTarget)} />
							</label>
						</div>
						<p class="sc-muted">読み込めるのは、このページで書き出したJSONファイルです。読み込むと、いまの回答と記録が置き換わります（直後なら元に戻せます）。</p>

						<h4>共有リンク</h4>
						<p>
							回答をURLの「#」より後ろに入れたリンクです。「#」より後ろはサーバーに送られませんが、リンクを受け取った人は誰でも回答を見られます。
						</p>
						<div class="sc-tool-row">
							<label class="mm-visually-hidden" for="sc-share-url">
								共有リンク
							</label>
							<input id="sc-share-url" class="sc-share-url" type="text" readOnly value={shareUrl} onFocus={(e) => e.currentTarget.select()} />
							<button
								type="button"
								class="sc-button"
								onClick={() =>
									navigator.clipboard?.writeText(shareUrl).then(
										() => setCopied(true),
										() => setCopied(false),
									)
								}
							>
								コピー
							</button>
							<span role="status">{copied ? 'コピーしました' : ''}</span>
						</div>

						<h4>回答を消す</h4>
						{confirmClear ? (
							<div class="sc-tool-row" role="group" aria-label="回答を消す確認">
								<button type="button" class="sc-button" onClick={() => (setConfirmClear(false), update({ answers: {}, history: results }, { kind: 'cleared', previous: state }))}>
									回答だけ消す
								</button>
								<button type="button" class="sc-button" onClick={() => (setConfirmClear(false), update(EMPTY, { kind: 'cleared', previous: state }))}>
									回答と記録（{results.length}件）を消す
								</button>
								<button type="button" class="sc-button sc-button-quiet" onClick={() => setConfirmClear(false)}>
									やめる
								</button>
							</div>
						) : (
							<button type="button" class="sc-button sc-button-quiet" disabled={score.answered === 0 && results.length === 0} onClick={() => setConfirmClear(true)}>
								回答を消す…
							</button>
						)}
					</div>

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

interface NoticeProps {
	notice: Notice;
	onUndo: (previous: SavedState) => void;
	onKeepShared: () => void;
	onBackToOwn: (own: SavedState) => void;
	onDiscardCorrupt: () => void;
	onDismiss: () => void;
}

/** One message about saved answers, with the buttons that resolve it. Problems get role="alert". */
function NoticeView({ notice: n, onUndo, onKeepShared, onBackToOwn, onDiscardCorrupt, onDismiss }: NoticeProps) {
	const close = (
		<button type="button" class="sc-button sc-button-quiet" onClick={onDismiss}>
			閉じる
		</button>
	);
	switch (n.kind) {
		case 'restored':
			return (
				<div class="sc-notice" role="status" data-kind={n.kind}>
					<p>このブラウザに保存されていた回答（{n.answered}問）を読み込みました。</p>
					{close}
				</div>
			);
		case 'corrupt':
			return (
				<div class="sc-notice" role="alert" data-kind={n.kind}>
					<p>
						<strong>保存されていた回答を読み込めませんでした。</strong>
						データが壊れているか、別の版のものです。空の状態から始められます。新しく答えると、読み込めなかったデータは上書きされます。
					</p>
					<ul>
						{n.problems.map((p) => (
							<li key={p}>{p}</li>
						))}
					</ul>
					<div class="sc-tool-row">
						<button type="button" class="sc-button" onClick={() => download(new Blob([n.raw], { type: 'text/plain' }), 'mamori-self-check-unreadable.txt')}>
							読み込めなかったデータを保存する
						</button>
						<button type="button" class="sc-button sc-button-quiet" onClick={onDiscardCorrupt}>
							消してやり直す
						</button>
					</div>
				</div>
			);
		case 'storage-off':
			return (
				<div class="sc-notice" role="alert" data-kind={n.kind}>
					<p>このブラウザでは回答を保存できません（プライベートモードや設定で保存が止められています）。診断はできますが、ページを閉じると回答は消えます。残すときは「JSONで書き出す」を使ってください。</p>
					{close}
				</div>
			);
		case 'shared':
			return (
				<div class="sc-notice" role="status" data-kind={n.kind}>
					<p>
						<strong>共有リンクの回答を表示しています。</strong>
						あなたが保存した回答（{countOf(n.own.answers)}問）はそのまま残っていて、このリンクの回答で上書きされることはありません。
					</p>
					<div class="sc-tool-row">
						<button type="button" class="sc-button" onClick={onKeepShared}>
							この回答を自分の回答として保存する
						</button>
						<button type="button" class="sc-button sc-button-quiet" onClick={() => onBackToOwn(n.own)}>
							自分の回答に戻る
						</button>
					</div>
				</div>
			);
		case 'bad-share':
			return (
				<div class="sc-notice" role="alert" data-kind={n.kind}>
					<p>共有リンクの回答を読み込めませんでした（{n.reason}）。リンクは無視し、このブラウザに保存された回答を表示しています。</p>
					{close}
				</div>
			);
		case 'imported':
			return (
				<div class="sc-notice" role="status" data-kind={n.kind}>
					<p>「{n.fileName}」を読み込みました。</p>
					<div class="sc-tool-row">
						<button type="button" class="sc-button sc-button-quiet" onClick={() => onUndo(n.previous)}>
							元に戻す
						</button>
						{close}
					</div>
				</div>
			);
		case 'import-failed':
			return (
				<div class="sc-notice" role="alert" data-kind={n.kind}>
					<p>
						<strong>「{n.fileName}」は読み込めませんでした。</strong>いまの回答と記録は何も変わっていません。
					</p>
					<ul>
						{n.problems.map((p) => (
							<li key={p}>{p}</li>
						))}
					</ul>
					{close}
				</div>
			);
		case 'cleared':
			return (
				<div class="sc-notice" role="status" data-kind={n.kind}>
					<p>回答を消しました。</p>
					<div class="sc-tool-row">
						<button type="button" class="sc-button sc-button-quiet" onClick={() => onUndo(n.previous)}>
							元に戻す
						</button>
						{close}
					</div>
				</div>
			);
	}
}
