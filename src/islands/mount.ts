import { type ComponentType, h, render } from 'preact';

/**
 * Renders a Preact island into each <div data-island="name"> with the JSON props the server wrote there.
 * For islands that draw nothing before they run (no server HTML to hydrate): Astro's client directives
 * would write their 4 kB inline runtime into the page, which kept /threats/ over one round trip (#20).
 */
export function mountIsland<P>(name: string, Component: ComponentType<P>): void {
	for (const box of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]:not([data-mounted])`)) {
		render(h(Component as ComponentType<object>, JSON.parse(box.dataset.props ?? '{}') as object), box);
		box.setAttribute('data-mounted', '');
	}
}
