// The お助け隊 loaders live in queries.ts, the one module that reads astro:content; this path keeps
// working for the pages and components that import them from here.
export { getPilots, getServiceStandard } from './queries.ts';
