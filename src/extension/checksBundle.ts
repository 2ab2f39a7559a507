// The checks, bundled apart as dist/checks.js and loaded on first use (see loadChecks).
export { CHECKS, CheckSession, runChecks } from '../core/checks';
