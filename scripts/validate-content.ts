// Validate content/ and print one line per problem; exit 1 when there is any.
// Usage: node scripts/validate-content.ts [content-dir]
import { formatProblem, validateContent } from '../src/lib/content/validate.ts';

const dir = process.argv[2] ?? 'content';
const problems = validateContent(dir, dir);
if (problems.length) {
	console.error(`✗ ${problems.length} content problem(s):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
	process.exitCode = 1;
} else {
	console.log(`✓ content valid (${dir})`);
}
