/**
 * After a failed batch (say the disk filled up), worker threads that were terminated mid-write leave
 * their temp files behind; this removes the ones of this process, so a failed run leaves only whole
 * files. (Temp files of a killed process are swept by cleanStaleTemps on the next run.)
 */
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";

/** Lets terminated worker threads' last file operations settle before sweeping. */
const SETTLE_MS = 200;

export async function removeOwnTemps(dir: string): Promise<string[]> {
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const mine = new RegExp(`^\\..+\\.${process.pid}-\\d+\\.\\d+\\.tmp$`);
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed = names.filter((n) => mine.test(n)).sort();
  for (const name of removed) await rm(join(dir, name), { force: true }).catch(() => undefined);
  return removed;
}
