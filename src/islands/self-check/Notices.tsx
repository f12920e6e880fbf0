import { formatPartialDate } from '../../lib/format.ts';
import type { Locale } from '../../lib/routes.ts';
import type { BadShareCode } from '../../lib/self-check/share.ts';
import type { OtherTabReport } from '../../lib/self-check/sync.ts';
import type { Answer, SavedState } from '../../lib/self-check/types.ts';
import { download } from '../chart-export.ts';
import type { Say } from './words.ts';

/** Something the page tells the reader about their saved answers. */
export type Notice =
	| { kind: 'restored'; answered: number }
	| { kind: 'corrupt'; problems: string[]; raw: string }
	| { kind: 'storage-off' }
	| { kind: 'shared'; own: SavedState }
	| { kind: 'bad-share'; code: BadShareCode }
	| { kind: 'imported'; fileName: string; previous: SavedState }
	| { kind: 'import-failed'; fileName: string; problems: string[] }
	| { kind: 'cleared'; previous: SavedState }
	| { kind: 'other-tab'; report: OtherTabReport };

interface NoticeProps {
	notice: Notice;
	say: Say;
	/** The page's language: dates are written in it. */
	locale: Locale;
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

/** One message about saved answers, with the buttons that resolve it. Problems get role="alert". */
export default function NoticeView({ notice: n, say, locale, onUndo, onKeepShared, onBackToOwn, onTakeTheirs, onDiscardCorrupt, onDismiss }: NoticeProps) {
	const label = (a?: Answer) => (a ? say.answer(a) : say('selfCheck.unanswered'));
	const date = (d: string) => formatPartialDate(d, locale);
	// The decoder's problems, in the page's language (the island passes say.problems to it).
	const problems = (list: string[]) => (
		<ul>
			{list.map((p) => (
				<li key={p}>{p}</li>
			))}
		</ul>
	);
	const close = (
		<button type="button" class="sc-button sc-button-quiet" onClick={onDismiss}>
			{say('selfCheck.close')}
		</button>
	);
	switch (n.kind) {
		case 'restored':
			return (
				<div class="sc-notice" role="status" data-kind={n.kind}>
					<p>{say('selfCheck.restored', { n: n.answered })}</p>
					{close}
				</div>
			);
		case 'corrupt':
			return (
				<div class="sc-notice" role="alert" data-kind={n.kind}>
					<p>
						<strong>{say('selfCheck.corrupt')}</strong>
						{say('selfCheck.corruptDetail')}
					</p>
					{problems(n.problems)}
					<div class="sc-tool-row">
						<button type="button" class="sc-button" onClick={() => download(new Blob([n.raw], { type: 'text/plain' }), 'mamori-self-check-unreadable.txt')}>
							{say('selfCheck.saveUnreadable')}
						</button>
						<button type="button" class="sc-button sc-button-quiet" onClick={onDiscardCorrupt}>
							{say('selfCheck.discard')}
						</button>
					</div>
				</div>
			);
		case 'storage-off':
			return (
				<div class="sc-notice" role="alert" data-kind={n.kind}>
					<p>{say('selfCheck.storageOff')}</p>
					{close}
				</div>
			);
		case 'shared':
			return (
				<div class="sc-notice" role="status" data-kind={n.kind}>
					<p>
						<strong>{say('selfCheck.shared')}</strong>
						{say('selfCheck.sharedDetail', { n: Object.keys(n.own.answers).length })}
					</p>
					<div class="sc-tool-row">
						<button type="button" class="sc-button" onClick={onKeepShared}>
							{say('selfCheck.keepSharedButton')}
						</button>
						<button type="button" class="sc-button sc-button-quiet" onClick={() => onBackToOwn(n.own)}>
							{say('selfCheck.backToOwn')}
						</button>
					</div>
				</div>
			);
		case 'bad-share':
			return (
				<div class="sc-notice" role="alert" data-kind={n.kind}>
					<p>{say('selfCheck.badShare', { reason: say(`selfCheck.badShare.${n.code}`) })}</p>
					{close}
				</div>
			);
		case 'imported':
			return (
				<div class="sc-notice" role="status" data-kind={n.kind}>
					<p>{say('selfCheck.imported', { file: n.fileName })}</p>
					<div class="sc-tool-row">
						<button type="button" class="sc-button sc-button-quiet" onClick={() => onUndo(n.previous)}>
							{say('selfCheck.undo')}
						</button>
						{close}
					</div>
				</div>
			);
		case 'import-failed':
			return (
				<div class="sc-notice" role="alert" data-kind={n.kind}>
					<p>
						<strong>{say('selfCheck.importFailed', { file: n.fileName })}</strong>
						{say('selfCheck.importFailedDetail')}
					</p>
					{problems(n.problems)}
					{close}
				</div>
			);
		case 'other-tab': {
			const { applied, conflicts, records, recordConflicts } = n.report;
			const clash = conflicts.length + recordConflicts.length > 0;
			return (
				<div class="sc-notice" role={clash ? 'alert' : 'status'} data-kind={n.kind}>
					<p>
						<strong>{say('selfCheck.otherTab')}</strong>
						{applied.length + records.length > 0 && say('selfCheck.otherTabApplied')}
					</p>
					{applied.length + records.length > 0 && (
						<ul data-list="applied">
							{applied.map((c) => (
								<li key={c.number}>{say('selfCheck.otherTabChange', { n: c.number, from: label(c.from), to: label(c.to) })}</li>
							))}
							{records.map((d) => (
								<li key={d}>{say('selfCheck.otherTabRecord', { date: date(d) })}</li>
							))}
						</ul>
					)}
					{clash && (
						<>
							<p>{say('selfCheck.otherTabClash')}</p>
							<ul data-list="conflicts">
								{conflicts.map((c) => (
									<li key={c.number}>{say('selfCheck.otherTabConflict', { n: c.number, ours: label(c.ours), theirs: label(c.theirs) })}</li>
								))}
								{recordConflicts.map((c) => (
									<li key={c.date}>{say('selfCheck.otherTabRecordConflict', { date: date(c.date) })}</li>
								))}
							</ul>
						</>
					)}
					<div class="sc-tool-row">
						{clash && (
							<button type="button" class="sc-button" onClick={() => onTakeTheirs(n.report)}>
								{say('selfCheck.takeTheirs')}
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
					<p>{say('selfCheck.cleared')}</p>
					<div class="sc-tool-row">
						<button type="button" class="sc-button sc-button-quiet" onClick={() => onUndo(n.previous)}>
							{say('selfCheck.undo')}
						</button>
						{close}
					</div>
				</div>
			);
	}
}
