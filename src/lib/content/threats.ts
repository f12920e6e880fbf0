// The loaders live in queries.ts, the one module that reads astro:content; this path keeps working for
// the pages that import them from here.
export { getCases, getThreats, type CaseEntry, type ThreatEntry } from './queries.ts';
