/**
 * Preload for benchmark child processes (`node --import …/max-rss.js`): on exit, writes the process's
 * peak resident set size in bytes to the file named by TONGBAO_BENCH_RSS.
 */
import { writeFileSync } from "node:fs";

const target = process.env.TONGBAO_BENCH_RSS;
if (target) {
  process.on("exit", () => writeFileSync(target, String(process.resourceUsage().maxRSS * 1024)));
}
