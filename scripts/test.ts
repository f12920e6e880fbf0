// `npm test`: every check, in order, stopping at the first failure with a line saying which step failed.
import { spawnSync } from 'node:child_process';

const STEPS: [name: string, command: string][] = [
	['type check (astro check)', 'astro check'],
	['unit, schema and component tests', 'vitest run --config test/vitest.config.ts --project unit --project components'],
	['build (astro build, headers, pagefind)', 'npm run build'],
	['post-build checks (links, pages, budgets)', 'node scripts/check-links.ts dist && vitest run --config test/vitest.config.ts --project build'],
	['browser tests (Chromium)', 'vitest run --config test/vitest.config.ts --project e2e'],
];

for (const [i, [name, command]] of STEPS.entries()) {
	console.log(`\n▶ ${i + 1}/${STEPS.length} ${name}\n  $ ${command}`);
	const started = Date.now();
	const r = spawnSync(command, { shell: true, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' } });
	if (r.status !== 0) {
		console.error(`\n✗ npm test stopped at step ${i + 1}/${STEPS.length}: ${name} failed (exit ${r.status ?? r.signal}). Fix it and run npm test again.`);
		process.exit(r.status || 1);
	}
	console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
console.log('\n✓ all test steps passed');
