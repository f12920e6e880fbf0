/**
 * Work that waits until the page has loaded and the browser is idle: the header combobox and the islands
 * that draw nothing before they run. Their modules, requested before the first paint, delayed the largest
 * paint on a slow phone (#20, npm run bench).
 */
export function whenIdle(start: () => void): void {
	const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 2000 }) : setTimeout(start, 200));
	if (document.readyState === 'complete') idle();
	else addEventListener('load', idle, { once: true });
}

/** The address of the script parked in a <template> (inert there: neither fetched nor run). */
export const parkedScript = (template: HTMLTemplateElement | null): string | undefined => template?.content.querySelector('script')?.getAttribute('src') ?? undefined;

/**
 * Imports, once idle, every island's mount script parked in a <template data-island-script> (Island
 * components write them). Not a bundler import(): it would add the bundler's preload helper to the header
 * script, one more request before the first paint.
 */
export function loadIslands(): void {
	const sources = new Set([...document.querySelectorAll<HTMLTemplateElement>('template[data-island-script]')].map(parkedScript).filter((s) => s !== undefined));
	if (sources.size) whenIdle(() => sources.forEach((src) => import(/* @vite-ignore */ src)));
}
