/**
 * A multipart upload → the input file's bytes, the options' fields and an uploaded template. Names from
 * the client are only shown in messages; nothing here touches the file system.
 */
import type { FastifyRequest } from "fastify";
import type {} from "@fastify/multipart";
import type { InputFile } from "../index.js";
import { HttpRefusal } from "./refusal.js";

export interface Upload {
  input: InputFile;
  fields: Record<string, string>;
  template?: { name: string; source: string };
}

const MB = 1024 * 1024;
/** A .hbs template is text of a few kilobytes. */
export const TEMPLATE_LIMIT = 1 * MB;

export const tooLargeMessage = (limit: number) =>
  `文件超过网页上传上限${Math.round(limit / MB)} MB，未读取。请确认选对了文件；更大的文件请用命令行 tongbao generate（上限100 MB），或按单位、地区拆分后分别上传。`;

/** The last path segment, without control characters, at most 120 characters: for messages only. */
export function displayName(name: string | undefined, fallback: string): string {
  const base = (name ?? "").split(/[\\/]/).pop() ?? "";
  const clean = [...base.replace(/[\u0000-\u001f\u007f]/g, "")].slice(0, 120).join("");
  return clean || fallback;
}

const isTooLarge = (e: unknown) => (e as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE";

export async function readUpload(request: FastifyRequest, limit: number): Promise<Upload> {
  if (!request.isMultipart()) throw new HttpRefusal(400, "请求格式不对：请通过页面选择文件上传。");
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > limit + MB) throw new HttpRefusal(413, tooLargeMessage(limit));
  const fields: Record<string, string> = {};
  let input: InputFile | undefined;
  let template: Upload["template"];
  try {
    for await (const part of request.parts({ limits: { fileSize: limit, files: 2, fields: 12, fieldSize: 200 } })) {
      if (part.type === "field") {
        fields[part.fieldname] = String(part.value);
      } else if (part.fieldname === "file") {
        input = { name: displayName(part.filename, "输入文件"), bytes: new Uint8Array(await part.toBuffer()) };
      } else if (part.fieldname === "templateFile") {
        const bytes = await part.toBuffer();
        if (bytes.length > TEMPLATE_LIMIT) throw new HttpRefusal(413, `模板文件超过${TEMPLATE_LIMIT / MB} MB，不是 .hbs 模板。`);
        template = { name: displayName(part.filename, "上传的模板.hbs"), source: bytes.toString("utf8").replace(/^\uFEFF/, "") };
      } else {
        await part.toBuffer();
      }
    }
  } catch (e) {
    if (isTooLarge(e)) throw new HttpRefusal(413, tooLargeMessage(limit));
    if (e instanceof HttpRefusal) throw e;
    throw new HttpRefusal(400, "上传未完成或格式不对，请重新选择文件上传。");
  }
  if (!input) throw new HttpRefusal(400, "没有收到文件：请选择或拖入一个 .xlsx 或 .json 文件。");
  return { input, fields, ...(template ? { template } : {}) };
}
