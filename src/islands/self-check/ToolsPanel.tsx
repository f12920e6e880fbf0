import { useState } from 'preact/hooks';
import { answersCsv, exportSummary } from '../../lib/self-check/report.ts';
import { encodeExport } from '../../lib/self-check/saved.ts';
import { PART_LABELS, type SavedState } from '../../lib/self-check/types.ts';
import { download } from '../chart-export.ts';
import type { IslandItem } from './model.tsx';

interface Props {
	items: IslandItem[];
	/** The answers and kept results, as exported. */
	state: SavedState;
	/** Today, YYYY-MM-DD: in the file names and the CSV's date column. */
	today: string;
	/** The share link of the current answers. */
	shareUrl: string;
	/** Read the file chosen in the import input. */
	onImport: (input: HTMLInputElement) => void | Promise<void>;
	/** Clear the answers, and the kept results too when `all`. */
	onClear: (all: boolean) => void;
}

/** Print, export and import files, copy the share link, clear the answers (with a confirmation). */
export default function ToolsPanel({ items, state, today, shareUrl, onImport, onClear }: Props) {
	const [confirmClear, setConfirmClear] = useState(false);
	const [copied, setCopied] = useState(false);
	return (
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
					onClick={() => download(new Blob([encodeExport(state, new Date(), exportSummary(items, state.answers))], { type: 'application/json' }), `mamori-self-check-${today}.json`)}
				>
					JSONで書き出す
				</button>
				<button type="button" class="sc-button" onClick={() => download(new Blob([answersCsv(items, state.answers, PART_LABELS, today)], { type: 'text/csv' }), `mamori-self-check-${today}.csv`)}>
					CSVで書き出す
				</button>
				<label class="sc-button sc-file">
					JSONを読み込む
					<input type="file" accept=".json,application/json" class="mm-visually-hidden" onChange={(e) => void onImport(e.currentTarget)} />
				</label>
			</div>
			<p class="sc-muted">読み込めるのは、このページで書き出したJSONファイルです。読み込むと、いまの回答と記録が置き換わります（直後なら元に戻せます）。</p>

			<h4>共有リンク</h4>
			<p>回答をURLの「#」より後ろに入れたリンクです。「#」より後ろはサーバーに送られませんが、リンクを受け取った人は誰でも回答を見られます。</p>
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
					<button type="button" class="sc-button" onClick={() => (setConfirmClear(false), onClear(false))}>
						回答だけ消す
					</button>
					<button type="button" class="sc-button" onClick={() => (setConfirmClear(false), onClear(true))}>
						回答と記録（{state.history.length}件）を消す
					</button>
					<button type="button" class="sc-button sc-button-quiet" onClick={() => setConfirmClear(false)}>
						やめる
					</button>
				</div>
			) : (
				<button type="button" class="sc-button sc-button-quiet" disabled={Object.keys(state.answers).length === 0 && state.history.length === 0} onClick={() => setConfirmClear(true)}>
					回答を消す…
				</button>
			)}
		</div>
	);
}
