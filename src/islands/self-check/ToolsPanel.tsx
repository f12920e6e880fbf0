import { useState } from 'preact/hooks';
import { answersCsv, exportSummary } from '../../lib/self-check/report.ts';
import { encodeExport } from '../../lib/self-check/saved.ts';
import { PARTS, type SavedState } from '../../lib/self-check/types.ts';
import { download } from '../chart-export.ts';
import type { IslandItem, ItemText } from './model.tsx';
import type { Say } from './words.ts';

interface Props {
	items: IslandItem[];
	/** Each item's words, read from the server-rendered questions (the CSV names each item's topic). */
	texts: ReadonlyMap<number, ItemText>;
	say: Say;
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
export default function ToolsPanel({ items, texts, say, state, today, shareUrl, onImport, onClear }: Props) {
	const [confirmClear, setConfirmClear] = useState(false);
	const [copied, setCopied] = useState(false);
	const csv = () => {
		const parts = Object.fromEntries(PARTS.map((p) => [p, say.part(p)])) as Record<(typeof PARTS)[number], string>;
		const rows = items.map((i) => ({ ...i, topic: texts.get(i.number)?.topic ?? '' }));
		return answersCsv(rows, state.answers, parts, today, say.report);
	};
	return (
		<div class="sc-tools" data-print="hide">
			<h3>{say('selfCheck.toolsHeading')}</h3>
			<p>{say('selfCheck.toolsLead')}</p>
			<div class="sc-tool-row">
				<button type="button" class="sc-button" onClick={() => window.print()}>
					{say('selfCheck.print')}
				</button>
				<button
					type="button"
					class="sc-button"
					onClick={() => download(new Blob([encodeExport(state, new Date(), exportSummary(items, state.answers, say.report))], { type: 'application/json' }), `mamori-self-check-${today}.json`)}
				>
					{say('selfCheck.exportJson')}
				</button>
				<button type="button" class="sc-button" onClick={() => download(new Blob([csv()], { type: 'text/csv' }), `mamori-self-check-${today}.csv`)}>
					{say('selfCheck.exportCsv')}
				</button>
				<label class="sc-button sc-file">
					{say('selfCheck.importJson')}
					<input type="file" accept=".json,application/json" class="mm-visually-hidden" onChange={(e) => void onImport(e.currentTarget)} />
				</label>
			</div>
			<p class="sc-muted">{say('selfCheck.importNote')}</p>

			<h4>{say('selfCheck.shareHeading')}</h4>
			<p>{say('selfCheck.shareLead')}</p>
			<div class="sc-tool-row">
				<label class="mm-visually-hidden" for="sc-share-url">
					{say('selfCheck.shareLabel')}
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
					{say('selfCheck.copy')}
				</button>
				<span role="status">{copied ? say('selfCheck.copied') : ''}</span>
			</div>

			<h4>{say('selfCheck.clearHeading')}</h4>
			{confirmClear ? (
				<div class="sc-tool-row" role="group" aria-label={say('selfCheck.clearConfirm')}>
					<button type="button" class="sc-button" onClick={() => (setConfirmClear(false), onClear(false))}>
						{say('selfCheck.clearAnswers')}
					</button>
					<button type="button" class="sc-button" onClick={() => (setConfirmClear(false), onClear(true))}>
						{say('selfCheck.clearAll', { n: state.history.length })}
					</button>
					<button type="button" class="sc-button sc-button-quiet" onClick={() => setConfirmClear(false)}>
						{say('selfCheck.clearCancel')}
					</button>
				</div>
			) : (
				<button type="button" class="sc-button sc-button-quiet" disabled={Object.keys(state.answers).length === 0 && state.history.length === 0} onClick={() => setConfirmClear(true)}>
					{say('selfCheck.clear')}
				</button>
			)}
		</div>
	);
}
