/**
 * The node flags a worker thread inherits, without those a worker refuses to start with: `--input-type`
 * (a script given as `node --input-type=module -e …` or on stdin) applies only to that string. Every
 * worker of tongbao (per-unit batches, the template sandbox) starts with these.
 */
export const WORKER_EXEC_ARGV = process.execArgv.filter((a) => !a.startsWith("--input-type"));
