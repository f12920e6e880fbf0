// The loader lives in queries.ts, the one module that reads astro:content; this path keeps working for
// the layout and the hints endpoint that import it from here.
export { getSearchTerms } from './queries.ts';
