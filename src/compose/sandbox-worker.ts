/**
 * The worker thread of the template sandbox: composes once with the data and options it was
 * started with and posts back the result or the error (code, message, issues).
 */
import { parentPort, workerData } from "node:worker_threads";
import { isTongbaoError } from "../errors.js";
import { compose, type ComposeOptions } from "./compose.js";
import type { Inspection } from "../schema.js";

const { data, options } = workerData as { data: Inspection; options: ComposeOptions };
try {
  parentPort?.postMessage({ ok: true, result: compose(data, options) });
} catch (e) {
  const error = isTongbaoError(e)
    ? { code: e.code, message: e.message, issues: e.issues }
    : { code: "E_TEMPLATE", message: e instanceof RangeError ? `模板递归过深（${e.message}）。` : `模板执行出错：${e instanceof Error ? e.message : String(e)}`, issues: [] };
  parentPort?.postMessage({ ok: false, error });
}
