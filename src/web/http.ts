/** Requests to the server: uploads through XMLHttpRequest (for upload progress), the rest through fetch. */
import type { Refusal } from "./api-types.js";

export type Answer<T> = { ok: true; status: number; body: T } | { ok: false; status: number; body: Refusal };

const asRefusal = (status: number, text: string): Refusal => {
  try {
    const body = JSON.parse(text) as Refusal;
    if (typeof body.message === "string") return { ok: false, message: body.message, issues: body.issues ?? [] };
  } catch {
    // not JSON: fall through
  }
  return { ok: false, message: `服务器没有给出可读的答复（HTTP ${status}），请重试。`, issues: [] };
};

/** POSTs a form; `onProgress` gets the uploaded fraction (0–1). */
export function upload<T>(url: string, form: FormData, onProgress: (fraction: number) => void): Promise<Answer<T>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.upload.onload = () => onProgress(1);
    xhr.onload = () => {
      const ok = xhr.status >= 200 && xhr.status < 300;
      resolve(ok ? { ok, status: xhr.status, body: JSON.parse(xhr.responseText) as T } : { ok, status: xhr.status, body: asRefusal(xhr.status, xhr.responseText) });
    };
    xhr.onerror = () => resolve({ ok: false, status: 0, body: { ok: false, message: "上传中断：连接不到服务器。请确认 tongbao serve 仍在运行，再重试。", issues: [] } });
    xhr.send(form);
  });
}

export async function getJson<T>(url: string): Promise<Answer<T>> {
  try {
    const res = await fetch(url, { cache: "no-store" });
    const text = await res.text();
    return res.ok ? { ok: true, status: res.status, body: JSON.parse(text) as T } : { ok: false, status: res.status, body: asRefusal(res.status, text) };
  } catch {
    return { ok: false, status: 0, body: { ok: false, message: "连接不到服务器。请确认 tongbao serve 仍在运行，再刷新页面。", issues: [] } };
  }
}
