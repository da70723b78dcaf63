/**
 * Errors → HTTP: a status that means something and a JSON body with the located Chinese issues.
 * Never a stack trace; an unexpected error is logged on the server and answered with a plain sentence.
 */
import { ErrorCode, isTongbaoError, type ErrorCode as Code } from "../index.js";
import type { Refusal } from "../web/api-types.js";
import { issueView } from "./page-view.js";
import { QueueFullError } from "./queue.js";

/** A refusal of the request itself (too large, no file, wrong code…), with its HTTP status. */
export class HttpRefusal extends Error {
  override readonly name = "HttpRefusal";
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const STATUS: Record<Code, number> = {
  [ErrorCode.INVALID_INPUT]: 422,
  [ErrorCode.UNREADABLE_INPUT]: 400,
  [ErrorCode.TEMPLATE]: 422,
  [ErrorCode.USAGE]: 400,
  [ErrorCode.OUTPUT]: 500,
  [ErrorCode.INTERNAL]: 500,
};

export const refusal = (message: string, issues: Refusal["issues"] = []): Refusal => ({ ok: false, message, issues });

/** The status and body for any error; `log` receives what the client must not see. */
export function refusalOf(e: unknown, log: (e: unknown) => void): { status: number; body: Refusal } {
  if (isTongbaoError(e) && STATUS[e.code] < 500) return { status: STATUS[e.code], body: refusal(e.message, e.issues.map(issueView)) };
  if (e instanceof HttpRefusal) return { status: e.status, body: refusal(e.message) };
  if (e instanceof QueueFullError) return { status: 503, body: refusal("服务器正忙（排队的任务已满），请稍候再试。") };
  log(e);
  return { status: 500, body: refusal("服务器内部错误，未能完成。这是 tongbao 的缺陷，请把输入文件和操作步骤反馈给维护者。") };
}
