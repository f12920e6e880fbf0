import { formatPartialDate } from '../../lib/format.ts';
import { ANSWER_LABELS } from '../../lib/self-check/scoring.ts';
import type { OtherTabReport } from '../../lib/self-check/sync.ts';
import type { Answer, SavedState } from '../../lib/self-check/types.ts';
import { download } from '../chart-export.ts';

/** Something the page tells the reader about their saved answers. */
export type Notice =
	| { kind: 'restored'; answered: number }
	| { kind: 'corrupt'; problems: string[]; raw: string }
	| { kind: 'storage-off' }
	| { kind: 'shared'; own: SavedState }
	| { kind: 'bad-share'; reason: string }
	| { kind: 'imported'; fileName: string; previous: SavedState }
	| { kind: 'import-failed'; fileName: string; problems: string[] }
	| { kind: 'cleared'; previous: SavedState }
	| { kind: 'other-tab'; report: OtherTabReport };

interface NoticeProps {
	notice: Notice;
	/** Put back the answers and results from before an import or a reset. */
	onUndo: (previous: SavedState) => void;
	/** Keep the shared answers as the reader's own. */
	onKeepShared: () => void;
	/** Leave the share link and show the reader's own answers again. */
	onBackToOwn: (own: SavedState) => void;
	/** Take the other tab's side of every answer both tabs changed differently. */
	onTakeTheirs: (report: OtherTabReport) => void;
	/** Drop an unreadable saved value and start empty. */
	onDiscardCorrupt: () => void;
	onDismiss: () => void;
}

const label = (a?: Answer) => (a ? ANSWER_LABELS[a] : '未回答');

/** One message about saved answers, with the buttons that resolve it. Problems get role="alert". */
export default function NoticeView({ notice: n, onUndo, onKeepShared, onBackToOwn, onTakeTheirs, onDiscardCorrupt, onDismiss }: NoticeProps) {
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
					<p>
						このブラウザでは回答を保存できません（プライベートモードや設定で保存が止められています）。診断はできますが、ページを閉じると回答は消えます。残すときは「JSONで書き出す」を使ってください。
					</p>
					{close}
				</div>
			);
		case 'shared':
			return (
				<div class="sc-notice" role="status" data-kind={n.kind}>
					<p>
						<strong>共有リンクの回答を表示しています。</strong>
						あなたが保存した回答（{Object.keys(n.own.answers).length}
						問）はそのまま残っていて、このリンクの回答で上書きされることはありません。この画面で答えを変えても保存されません。残すときは「この回答を自分の回答として保存する」を押してください。
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
		case 'other-tab': {
			const { applied, conflicts, records, recordConflicts } = n.report;
			const clash = conflicts.length + recordConflicts.length > 0;
			return (
				<div class="sc-notice" role={clash ? 'alert' : 'status'} data-kind={n.kind}>
					<p>
						<strong>別のタブ（ウィンドウ）で回答が保存されました。</strong>
						{applied.length + records.length > 0 && 'その変更をこのページにも反映しました。'}
					</p>
					{applied.length + records.length > 0 && (
						<ul data-list="applied">
							{applied.map((c) => (
								<li key={c.number}>
									No.{c.number}：{label(c.from)} → {label(c.to)}
								</li>
							))}
							{records.map((d) => (
								<li key={d}>{formatPartialDate(d)}の記録</li>
							))}
						</ul>
					)}
					{clash && (
						<>
							<p>次の項目は、このページと別のタブで違う回答に変わりました。このページの回答を残しています。</p>
							<ul data-list="conflicts">
								{conflicts.map((c) => (
									<li key={c.number}>
										No.{c.number}：このページ「{label(c.ours)}」、別のタブ「{label(c.theirs)}」
									</li>
								))}
								{recordConflicts.map((c) => (
									<li key={c.date}>{formatPartialDate(c.date)}の記録：このページの記録を残しています</li>
								))}
							</ul>
						</>
					)}
					<div class="sc-tool-row">
						{clash && (
							<button type="button" class="sc-button" onClick={() => onTakeTheirs(n.report)}>
								別のタブの回答にする
							</button>
						)}
						{close}
					</div>
				</div>
			);
		}
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
