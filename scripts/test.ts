// `npm test`: every check, in stages, stopping after the first stage that fails with a line saying which step failed.
// Steps in one stage run at the same time: on two cores a single-threaded step (astro check, a build inside
// the build tests) leaves a core free for another. A stage's steps print their output when they finish.
import { spawn } from 'node:child_process';

interface Step {
	name: string;
	command: string;
}

const VITEST = 'vitest run --config test/vitest.config.ts';
const STAGES: Step[][] = [
	[{ name: 'lint (biome format and lint, knip)', command: 'npm run lint' }],
	[
		{ name: 'type check (astro check)', command: 'astro check' },
		{ name: 'unit, schema and component tests', command: `${VITEST} --project unit --project components` },
	],
	[{ name: 'build (astro build, headers, pagefind)', command: 'npm run build' }],
	[
		// The published-site browser test reuses the build the build tests make, so it runs right after them, beside
		// the other browser tests rather than after them all: on a fresh clone that saves its whole time (#21).
		{
			name: 'post-build checks (links, pages, budgets), then the published build in Chromium',
			command: `node scripts/check-links.ts dist && ${VITEST} --project build && ${VITEST} --project e2e test/e2e/published.test.ts`,
		},
		{ name: 'browser tests (Chromium)', command: `${VITEST} --project e2e --exclude test/e2e/published.test.ts` },
	],
];

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' };
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Run one step; alone it prints as it goes, beside others it prints its output when it ends. */
function run(step: Step, alone: boolean): Promise<number> {
	return new Promise((done) => {
		const started = Date.now();
		const child = spawn(step.command, { shell: true, env: alone ? env : { ...env, FORCE_COLOR: '1' }, stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
		const out: Buffer[] = [];
		child.stdout?.on('data', (b: Buffer) => out.push(b));
		child.stderr?.on('data', (b: Buffer) => out.push(b));
		child.on('close', (code, signal) => {
			if (!alone) process.stdout.write(`\n── ${step.name} ──\n${Buffer.concat(out).toString()}`);
			const status = code ?? (signal ? 1 : 0);
			console.log(status === 0 ? `✓ ${step.name} (${seconds(started)})` : `✗ ${step.name} failed (exit ${code ?? signal}, ${seconds(started)})`);
			done(status);
		});
	});
}

const started = Date.now();
const total = STAGES.flat().length;
let n = 0;
for (const stage of STAGES) {
	for (const step of stage) console.log(`\n▶ ${++n}/${total} ${step.name}\n  $ ${step.command}`);
	const results = await Promise.all(stage.map((step) => run(step, stage.length === 1)));
	const failed = stage.filter((_, i) => results[i] !== 0);
	if (failed.length) {
		console.error(`\n✗ npm test stopped: ${failed.map((s) => s.name).join(' and ')} failed. Fix it and run npm test again.`);
		process.exit(1);
	}
}
console.log(`\n✓ all test steps passed (${seconds(started)})`);
