// The loader lives in queries.ts, the one module that reads astro:content; this path keeps working for
// the pages that import it from here.
export { getSelfCheckItems } from './queries.ts';
