// Copy buttons beside read-only text boxes. The boxes work without this script (tap, select all,
// copy); the script only adds the one-press button and says, out loud, that the text was copied.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
	const box = document.getElementById(button.dataset.copy!) as HTMLTextAreaElement | null;
	const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
	if (!box) continue;
	button.hidden = false;
	box.addEventListener('focus', () => box.select());
	button.addEventListener('click', async () => {
		box.select();
		let ok = false;
		try {
			await navigator.clipboard.writeText(box.value);
			ok = true;
		} catch {
			// Older browsers and http:// pages have no clipboard API; the selected text can still be copied by hand.
			ok = document.execCommand?.('copy') ?? false;
		}
		// The words come from the dictionary, written on the status by the page (CopyBox.astro: data-copied, data-selected).
		if (status) status.textContent = (ok ? status.dataset.copied : status.dataset.selected) ?? '';
	});
}
