/**
 * Measures policy evaluation: the starter policies on a realistic product, in process.
 *   npm run bench:evaluate [-- --seconds 10]
 */
import { STARTER_POLICIES } from '@meshwork/policies';
import { benchInProcess } from './in-process';

const at = process.argv.indexOf('--seconds');
const seconds = at > 0 ? Number(process.argv[at + 1]) : 5;
const figures = benchInProcess(seconds);
console.log(`in process: ${figures.evaluationsPerSecond} evaluations/s, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms (${STARTER_POLICIES.length} starter policies per evaluation)`);
