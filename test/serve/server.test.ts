/**
 * The server as a client meets it (fastify.inject): who may talk to it, what a refusal looks like, and
 * that a hundred requests leave no temp folder behind.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createServer } from "../../src/serve/server.js";
import { example, uploadsDir, writeBrokenWorkbook } from "./uploads.js";

const HOST = "127.0.0.1:8080";

/** A multipart body with the input file (and text fields, other files), as a browser sends it. */
function multipart(file: { name: string; bytes: Uint8Array }, fields: Record<string, string> = {}, files: Record<string, { name: string; bytes: Uint8Array }> = {}) {
  const boundary = "----tongbao-test-boundary";
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const [field, f] of Object.entries({ ...files, file })) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
    parts.push(Buffer.from(f.bytes), Buffer.from("\r\n"));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

const exampleUpload = () => multipart({ name: "example.xlsx", bytes: readFileSync(example) });

describe("the server on 127.0.0.1", { timeout: 60_000 }, () => {
  let app: Awaited<ReturnType<typeof createServer>>["app"];
  beforeAll(async () => {
    ({ app } = await createServer({ port: 8080 }));
  });
  afterAll(() => app.close());

  test("serves the page and its options to a request for its own address", async () => {
    const page = await app.inject({ url: "/", headers: { host: HOST } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("下载填写模板");
    expect(page.headers["content-security-policy"]).toContain("default-src 'self'");
    const options = await app.inject({ url: "/api/options", headers: { host: "localhost:8080" } });
    expect(options.json()).toMatchObject({ templates: expect.arrayContaining(["季度通报"]), uploadLimit: 50 * 1024 * 1024 });
  });

  test("refuses a request whose Host header names another site (DNS rebinding)", async () => {
    for (const host of ["evil.example:8080", "127.0.0.1.evil.example:8080", "127.0.0.1:9999"]) {
      const r = await app.inject({ url: "/api/options", headers: { host } });
      expect(r.statusCode, host).toBe(403);
      expect(r.json().message).toBe("访问被拒绝：请求的主机名不是本服务器的地址。");
    }
  });

  test("refuses an upload posted from another site's page (CSRF)", async () => {
    const up = exampleUpload();
    const foreign = await app.inject({ method: "POST", url: "/api/jobs", headers: { host: HOST, origin: "https://evil.example", ...up.headers }, payload: up.payload });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().message).toBe("访问被拒绝：请求来自其他网站的页面。");
    const own = await app.inject({ method: "POST", url: "/api/inspect", headers: { host: HOST, origin: `http://${HOST}`, ...up.headers }, payload: up.payload });
    expect(own.statusCode).toBe(200);
  });

  test("answers a broken workbook with 422 and the located issues, never a stack trace", async () => {
    const broken = await writeBrokenWorkbook(uploadsDir());
    const r = await app.inject({ method: "POST", url: "/api/inspect", headers: { host: HOST, ...multipart({ name: "有错.xlsx", bytes: readFileSync(broken) }).headers }, payload: multipart({ name: "有错.xlsx", bytes: readFileSync(broken) }).payload });
    expect(r.statusCode).toBe(422);
    const body = r.json();
    expect(body.message).toBe("有错.xlsx中有2处错误，未生成任何文件。");
    expect(body.issues).toContainEqual(expect.objectContaining({ sheet: "政务新媒体", cell: "C3", header: "平台类型", value: "微薄" }));
    expect(r.body).not.toMatch(/\bat .+:\d+:\d+/);
  });

  test("refuses an upload over 50 MB with 413 and the limit in Chinese", async () => {
    const big = multipart({ name: "大.xlsx", bytes: new Uint8Array(60 * 1024 * 1024) });
    const r = await app.inject({ method: "POST", url: "/api/inspect", headers: { host: HOST, ...big.headers }, payload: big.payload });
    expect(r.statusCode).toBe(413);
    expect(r.json().message).toMatch(/^文件超过网页上传上限50 MB，未读取。/);
  });

  test("runs an uploaded template in compose's sandbox: a hostile one is refused at its line and column", async () => {
    const hbs = { name: "我的模板.hbs", bytes: Buffer.from("{{notice.title}}\n\n{{constructor}}\n") };
    const up = multipart({ name: "example.xlsx", bytes: readFileSync(example) }, { template: "upload" }, { templateFile: hbs });
    const r = await app.inject({ method: "POST", url: "/api/inspect", headers: { host: HOST, ...up.headers }, payload: up.payload });
    expect(r.statusCode).toBe(422);
    expect(r.body).toContain("我的模板.hbs");
    expect(r.body).toContain("constructor");
    expect(r.body).not.toMatch(/\bat .+:\d+:\d+\)/);
  });

  test("writes the attachment tables as a workbook beside the notice when 附件表格 xlsx is on", async () => {
    const up = multipart({ name: "example.xlsx", bytes: readFileSync(example) }, { xlsx: "1" });
    const { id } = (await app.inject({ method: "POST", url: "/api/jobs", headers: { host: HOST, ...up.headers }, payload: up.payload })).json();
    let status = (await app.inject({ url: `/api/jobs/${id}`, headers: { host: HOST } })).json();
    while (status.state === "queued" || status.state === "running") {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = (await app.inject({ url: `/api/jobs/${id}`, headers: { host: HOST } })).json();
    }
    const zip = await app.inject({ url: `/api/jobs/${id}/download`, headers: { host: HOST } });
    const names = Object.keys(unzipSync(new Uint8Array(zip.rawPayload)));
    expect(names).toHaveLength(2);
    expect(names[1]).toMatch(/-附件表格\.xlsx$/);
  });

  test("refuses a template name that is not built in, and a file name never reaches the disk", async () => {
    const up = multipart({ name: "../../etc/passwd", bytes: readFileSync(example) }, { template: "../../../etc/passwd" });
    const r = await app.inject({ method: "POST", url: "/api/jobs", headers: { host: HOST, ...up.headers }, payload: up.payload });
    expect(r.statusCode).toBe(400);
    expect(r.json().message).toMatch(/^没有名为“..\/..\/..\/etc\/passwd”的内置模板/);
  });

  test("runs a job: 202 with an id, progress by polling, then the .docx", async () => {
    const up = exampleUpload();
    const started = await app.inject({ method: "POST", url: "/api/jobs", headers: { host: HOST, ...up.headers }, payload: up.payload });
    expect(started.statusCode).toBe(202);
    const { id } = started.json();
    let status = (await app.inject({ url: `/api/jobs/${id}`, headers: { host: HOST } })).json();
    while (status.state === "queued" || status.state === "running") {
      await new Promise((resolve) => setImmediate(resolve));
      status = (await app.inject({ url: `/api/jobs/${id}`, headers: { host: HOST } })).json();
    }
    expect(status).toMatchObject({ state: "done", download: { files: 1, name: expect.stringMatching(/\.docx$/) } });
    const file = await app.inject({ url: `/api/jobs/${id}/download`, headers: { host: HOST } });
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-disposition"]).toContain(`filename*=UTF-8''${encodeURIComponent(status.download.name)}`);
    expect(file.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });

  test("reports each unit written while 各单位文件 run, and streams them as one zip", async () => {
    const up = multipart({ name: "example.xlsx", bytes: readFileSync(example) }, { perUnit: "problems" });
    const { id } = (await app.inject({ method: "POST", url: "/api/jobs", headers: { host: HOST, ...up.headers }, payload: up.payload })).json();
    const seen = new Set<string>();
    let status = (await app.inject({ url: `/api/jobs/${id}`, headers: { host: HOST } })).json();
    while (status.state === "queued" || status.state === "running") {
      seen.add(`${status.done}/${status.total}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = (await app.inject({ url: `/api/jobs/${id}`, headers: { host: HOST } })).json();
    }
    expect(status.total).toBeGreaterThan(0);
    expect(status.done).toBe(status.total);
    expect(status.download.files).toBe(status.total + 1);
    const zip = await app.inject({ url: `/api/jobs/${id}/download`, headers: { host: HOST } });
    expect(zip.headers["content-type"]).toBe("application/zip");
    expect(Object.keys(unzipSync(new Uint8Array(zip.rawPayload)))).toHaveLength(status.download.files);
  });
});

describe("the server off the loopback interface (--host)", { timeout: 60_000 }, () => {
  let app: Awaited<ReturnType<typeof createServer>>["app"];
  let code: string | undefined;
  const host = "192.0.2.10:8080";
  beforeAll(async () => {
    ({ app, code } = await createServer({ host: "192.0.2.10", port: 8080 }));
  });
  afterAll(() => app.close());

  test("prints an access code and refuses a request without it", async () => {
    expect(code).toMatch(/^\d{4}-\d{4}$/);
    const api = await app.inject({ url: "/api/options", headers: { host } });
    expect(api.statusCode).toBe(403);
    expect(api.json().message).toMatch(/^访问被拒绝：缺少访问码/);
    const page = await app.inject({ url: "/", headers: { host } });
    expect(page.statusCode).toBe(401);
    expect(page.body).toContain("访问码");
    expect(page.body).not.toContain("下载填写模板");
    const asset = await app.inject({ url: "/main.js", headers: { host } });
    expect(asset.statusCode).toBe(401);
  });

  test("accepts the code in a header, or as the cookie the login form sets", async () => {
    expect((await app.inject({ url: "/api/options", headers: { host, "x-tongbao-code": code! } })).statusCode).toBe(200);
    expect((await app.inject({ url: "/api/options", headers: { host, "x-tongbao-code": "0000-0000" } })).statusCode).toBe(403);
    const wrong = await app.inject({ method: "POST", url: "/login", headers: { host, "content-type": "application/x-www-form-urlencoded" }, payload: "code=1234-5678" });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.body).toContain("访问码不对");
    const login = await app.inject({ method: "POST", url: "/login", headers: { host, "content-type": "application/x-www-form-urlencoded" }, payload: `code=${code}` });
    expect(login.statusCode).toBe(303);
    const cookie = String(login.headers["set-cookie"]).split(";")[0]!;
    expect(String(login.headers["set-cookie"])).toContain("HttpOnly");
    const page = await app.inject({ url: "/", headers: { host, cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("下载填写模板");
  });

  test("still checks the Host header", async () => {
    expect((await app.inject({ url: "/api/options", headers: { host: "evil.example:8080", "x-tongbao-code": code! } })).statusCode).toBe(403);
  });
});

describe("temp folders", { timeout: 180_000 }, () => {
  const saved = process.env.TMPDIR;
  const tmp = mkdtempSync(join(tmpdir(), "tongbao-serve-tmp-"));
  let app: Awaited<ReturnType<typeof createServer>>["app"];
  beforeAll(async () => {
    process.env.TMPDIR = tmp;
    ({ app } = await createServer({ port: 8080 }));
  });
  afterAll(async () => {
    await app.close();
    process.env.TMPDIR = saved;
    rmSync(tmp, { recursive: true, force: true });
  });

  test("none is left after 100 requests, accepted, refused and generated", async () => {
    const good = readFileSync(join(import.meta.dirname, "../../data/example.json"));
    const kinds = [
      () => multipart({ name: "example.json", bytes: good }),
      () => multipart({ name: "broken.json", bytes: Buffer.from('{"websites": [{"name": 3}]') }),
      () => multipart({ name: "notes.txt", bytes: Buffer.from("不是工作簿") }),
    ];
    const ids: string[] = [];
    for (let i = 0; i < 100; i++) {
      const up = kinds[i % kinds.length]!();
      const url = i % 10 === 0 ? "/api/jobs" : "/api/inspect";
      const r = await app.inject({ method: "POST", url, headers: { host: HOST, ...up.headers }, payload: up.payload });
      expect(r.statusCode).toBeLessThan(500);
      if (url === "/api/jobs" && r.statusCode === 202) ids.push(r.json().id);
    }
    for (const id of ids) {
      let state = "queued";
      while (state === "queued" || state === "running") {
        await new Promise((resolve) => setTimeout(resolve, 50));
        state = (await app.inject({ url: `/api/jobs/${id}`, headers: { host: HOST } })).json().state;
      }
    }
    expect(ids.length).toBeGreaterThan(0);
    expect(readdirSync(tmp)).toEqual([]);
  });
});
