import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

/** Build dist/ if it is missing, serve it on a free loopback port, and hand the URL to the tests. */
export default async function setup(project: TestProject) {
	if (!existsSync('dist/index.html') || !existsSync('dist/pagefind/pagefind.js')) execSync('npm run build', { stdio: 'inherit' });
	const { server, url } = await serve('dist', 0);
	project.provide('baseUrl', url);
	return () => new Promise<void>((done) => server.close(() => done()));
}
