/**
 * Worker side of the template sandbox: compile and render one user template, then hand the text
 * (or a TongbaoError) back through the shared buffer and wake the waiting main thread.
 */
import { workerData } from "node:worker_threads";
import { isTongbaoError } from "../errors.js";
import { compileTemplate, type TemplateFile } from "./engine.js";
import { STATE, type SandboxHeader } from "./sandbox-protocol.js";

interface Job {
  template: TemplateFile;
  partials: TemplateFile[];
  view: object;
  buffer: SharedArrayBuffer;
}

const job = workerData as Job;
const header = new Int32Array(job.buffer, 0, 2) as SandboxHeader;
const data = new Uint8Array(job.buffer, 8);

function reply(state: number, text: string): void {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > data.length) {
    Atomics.store(header, 1, bytes.length);
    Atomics.store(header, 0, STATE.tooLarge);
  } else {
    data.set(bytes);
    Atomics.store(header, 1, bytes.length);
    Atomics.store(header, 0, state);
  }
  Atomics.notify(header, 0);
}

try {
  const out = compileTemplate(job.template, job.partials, { maxOutputChars: data.length })(job.view);
  reply(STATE.done, out);
} catch (e) {
  if (isTongbaoError(e)) reply(STATE.error, JSON.stringify({ code: e.code, message: e.message, issues: e.issues }));
  else reply(STATE.error, JSON.stringify({ message: String((e as Error)?.message ?? e) }));
}
