/**
 * The web page's server: fastify on the in-memory pipeline. It translates requests into options and
 * errors into HTTP statuses; the pipeline does the work. Binds where it is told (127.0.0.1 by default);
 * checks the Host header and, off the loopback interface, an access code on every request.
 */
import type { AddressInfo } from "node:net";
import { availableParallelism } from "node:os";
import { Readable } from "node:stream";
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import multipart from "@fastify/multipart";
import { generateFiles, templateWorkbook } from "../index.js";
import { findSoffice, INSTALL_HINT } from "../write/pdf.js";
import { zipChunks } from "../render/zip-writer.js";
import type { PageOptions } from "../web/api-types.js";
import { CODE_COOKIE, CODE_HEADER, createAccess, isLoopback, newAccessCode } from "./access.js";
import { buildOptions, PAGE_TEMPLATES } from "./build-options.js";
import { inspectInput } from "./inspect-input.js";
import { createJobs, downloadName } from "./jobs.js";
import { loginPage } from "./login-page.js";
import { createQueue } from "./queue.js";
import { readUpload, tooLargeMessage } from "./read-upload.js";
import { HttpRefusal, refusal, refusalOf } from "./refusal.js";
import { loadWebAssets, type Asset } from "./web-assets.js";

const MB = 1024 * 1024;

export interface ServeOptions {
  /** Address to bind; default 127.0.0.1. Any other than loopback requires an access code. */
  host?: string;
  port?: number;
  /** The access code; generated when the host is not loopback and none is given. */
  code?: string;
  /** Largest upload in bytes (default 50 MB; the CLI reads up to 100 MB). */
  uploadLimit?: number;
  /** Jobs run at once (default: one per core). */
  concurrency?: number;
  /** Where unexpected errors go (never to the client). */
  log?: (e: unknown) => void;
  /** The page's files; default dist/web. */
  assets?: Map<string, Asset>;
}

export interface Server {
  app: FastifyInstance;
  /** The access code, when one is required. */
  code?: string;
}

const SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
};

/** `attachment` with the UTF-8 name (RFC 6266) and an ASCII fallback. */
const attachment = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`;

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export async function createServer(options: ServeOptions = {}): Promise<Server> {
  const host = options.host ?? "127.0.0.1";
  const code = options.code ?? (isLoopback(host) ? undefined : newAccessCode());
  const uploadLimit = options.uploadLimit ?? 50 * MB;
  const log = options.log ?? ((e: unknown) => console.error(e));
  const assets = options.assets ?? loadWebAssets();
  const soffice = await findSoffice();
  const pageOptions: PageOptions = {
    templates: PAGE_TEMPLATES,
    pdf: soffice ? { available: true } : { available: false, reason: `本机未安装 LibreOffice，不能生成 PDF。${INSTALL_HINT}` },
    uploadLimit,
    tooLarge: tooLargeMessage(uploadLimit),
  };

  const app = Fastify({ logger: false, bodyLimit: 64 * 1024, trustProxy: false });
  const port = () => (app.server.address() as AddressInfo | null)?.port ?? options.port ?? 8080;
  const access = createAccess(host, port, code);
  const queue = createQueue(options.concurrency ?? availableParallelism(), 64);
  const refuse = (e: unknown) => refusalOf(e, log).body;
  const jobs = createJobs(queue, generateFiles, refuse);
  app.addHook("onClose", async () => jobs.close());

  await app.register(multipart);
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string", bodyLimit: 1024 }, (_req, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );

  app.addHook("onRequest", async (request, reply) => {
    reply.headers(SECURITY_HEADERS);
    if (!access.hostAllowed(request.headers.host)) {
      return reply.code(403).send(refusal("访问被拒绝：请求的主机名不是本服务器的地址。"));
    }
    if (request.method !== "GET" && !access.sameOrigin(request.headers.origin, request.headers.host)) {
      return reply.code(403).send(refusal("访问被拒绝：请求来自其他网站的页面。"));
    }
    const open = request.url === "/style.css" || (request.method === "POST" && request.url === "/login");
    if (open || access.codeAccepted(request.headers.cookie, request.headers[CODE_HEADER] as string | undefined)) return;
    if (request.method === "GET" && !request.url.startsWith("/api/")) {
      return reply.code(401).type("text/html; charset=utf-8").send(loginPage());
    }
    return reply.code(403).send(refusal("访问被拒绝：缺少访问码或访问码不对。访问码在启动 tongbao serve 的窗口里显示。"));
  });

  app.setErrorHandler((e, _request, reply) => {
    const status = (e as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500 && !(e instanceof HttpRefusal)) {
      return reply.code(status).send(refusal(status === 413 ? tooLargeMessage(uploadLimit) : "请求无效，请刷新页面后重试。"));
    }
    const { status: code, body } = refusalOf(e, log);
    return reply.code(code).send(body);
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send(refusal("没有这个页面或文件。")));

  app.post<{ Body: { code?: string } }>("/login", async (request, reply) => {
    if (!access.matches(request.body?.code)) return reply.code(403).type("text/html; charset=utf-8").send(loginPage("访问码不对，请重新输入。"));
    return reply
      .header("set-cookie", `${CODE_COOKIE}=${encodeURIComponent(request.body!.code!.trim())}; Path=/; HttpOnly; SameSite=Strict`)
      .redirect("/", 303);
  });

  app.get("/api/options", async () => pageOptions);

  app.get("/api/template-workbook", async (_request, reply) =>
    reply
      .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
      .header("content-disposition", attachment("检查数据模板.xlsx"))
      .send(await templateWorkbook()),
  );

  app.post("/api/inspect", async (request) => {
    const upload = await readUpload(request, uploadLimit);
    const { template, fullListing } = buildOptions(upload, pageOptions.pdf.available);
    return queue.run(() => inspectInput(upload.input, { ...(template ? { template } : {}), ...(fullListing ? { fullListing } : {}) }));
  });

  app.post("/api/jobs", async (request, reply) => {
    const upload = await readUpload(request, uploadLimit);
    const id = jobs.start(upload.input, buildOptions(upload, pageOptions.pdf.available));
    return reply.code(202).send({ id });
  });

  app.get<{ Params: { id: string } }>("/api/jobs/:id", async (request, reply) => {
    const status = jobs.status(request.params.id);
    return status ?? reply.code(404).send(refusal("没有这个任务（可能已过期），请重新生成。"));
  });

  app.get<{ Params: { id: string } }>("/api/jobs/:id/download", async (request, reply) => {
    const result = jobs.result(request.params.id);
    if (!result) return reply.code(404).send(refusal("没有可下载的文件（可能已过期），请重新生成。"));
    const name = downloadName(result);
    reply.header("content-disposition", attachment(name)).header("cache-control", "no-store");
    if (result.files.length === 1) return reply.type(DOCX).send(Buffer.from(result.files[0]!.bytes));
    return sendZip(reply, zipChunks(result.files.map((f) => [f.name, f.bytes] as const)));
  });

  app.get("/*", async (request, reply) => {
    const asset = assets.get(request.url.split("?")[0]!);
    if (!asset) return reply.code(404).send(refusal("没有这个页面或文件。"));
    return reply.type(asset.type).send(asset.bytes);
  });

  return { app, ...(code ? { code } : {}) };
}

const sendZip = (reply: FastifyReply, chunks: Iterable<Uint8Array>) => reply.type("application/zip").send(Readable.from(chunks));
