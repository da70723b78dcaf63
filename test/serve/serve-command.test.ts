/** `tongbao serve` as a subprocess: the address is the first line; bad options are usage errors. */
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { hasDisplay } from "../../src/serve/start-server.js";
import { root } from "./uploads.js";

const cli = join(root, "dist/src/cli.js");

describe("tongbao serve", { timeout: 60_000 }, () => {
  test("prints its address as the first line and serves the page there", async () => {
    const child = spawn(process.execPath, [cli, "serve", "--port", "0", "--no-open"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    try {
      const first = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (d: Buffer) => {
          out += d.toString();
          if (out.includes("\n")) resolve(out.split("\n")[0]!);
        });
        child.on("exit", (code) => reject(new Error(`exited ${code}`)));
      });
      expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(first);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("通报生成");
    } finally {
      child.kill();
    }
  });

  test("under --host prints the access code it requires", async () => {
    const child = spawn(process.execPath, [cli, "serve", "--host", "127.0.0.2", "--port", "0", "--code", "2468-1357", "--no-open"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    try {
      const lines = await new Promise<string[]>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (d: Buffer) => {
          out += d.toString();
          if (out.split("\n").length > 2) resolve(out.split("\n"));
        });
        child.on("exit", (code) => reject(new Error(`exited ${code}`)));
      });
      expect(lines[0]).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/$/);
      expect(lines[1]).toContain("访问码：2468-1357");
      expect((await fetch(`${lines[0]}api/options`)).status).toBe(403);
      expect((await fetch(`${lines[0]}api/options`, { headers: { "x-tongbao-code": "2468-1357" } })).status).toBe(200);
    } finally {
      child.kill();
    }
  });

  test("refuses a port that is not a number as a usage error (64)", () => {
    const r = spawnSync(process.execPath, [cli, "serve", "--port", "八零", "--no-open"], { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(64);
    expect(r.stderr).toContain("端口“八零”无效");
  });

  test("opens a browser only where there is a display", () => {
    expect(hasDisplay({}, "linux")).toBe(false);
    expect(hasDisplay({ DISPLAY: ":0" }, "linux")).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: "wayland-0" }, "linux")).toBe(true);
    expect(hasDisplay({}, "darwin")).toBe(true);
  });
});
