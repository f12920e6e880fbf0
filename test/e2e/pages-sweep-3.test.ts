// Part 3 of the sweep over every built page (test/e2e/sweep.ts says what each page must pass).
import { sweep } from './sweep.ts';

sweep(3);
