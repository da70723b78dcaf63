/**
 * Preload for benchmark child processes (`node --import …/max-rss.js`): on exit, writes the process's
 * peak resident set size in bytes and its CPU seconds (user + system) to the file named by TONGBAO_BENCH_RSS.
 */
import { writeFileSync } from "node:fs";

const target = process.env.TONGBAO_BENCH_RSS;
if (target) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(target, `${usage.maxRSS * 1024} ${(usage.userCPUTime + usage.systemCPUTime) / 1e6}`);
  });
}
