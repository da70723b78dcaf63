/**
 * startServer: listen, report the address (and the access code off loopback), and open the page in the
 * browser when there is a display. The CLI's `serve` command calls only this.
 */
import { spawn } from "node:child_process";
import { createServer, type ServeOptions } from "./server.js";

export interface StartOptions extends ServeOptions {
  /** Open the page in the default browser (only where there is a display). */
  open?: boolean;
  print?: (line: string) => void;
}

/** `http://127.0.0.1:8080/`, with brackets for IPv6. */
export const addressOf = (host: string, port: number) => `http://${host.includes(":") ? `[${host}]` : host}:${port}/`;

/** No display on Linux without DISPLAY or WAYLAND_DISPLAY: then nothing is opened. */
export const hasDisplay = (env = process.env, platform = process.platform) =>
  platform === "darwin" || platform === "win32" || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);

function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === "darwin" ? ["open", [url]] : process.platform === "win32" ? ["cmd", ["/c", "start", "", url]] : ["xdg-open", [url]];
  const child = spawn(cmd, args as string[], { stdio: "ignore", detached: true });
  child.on("error", () => undefined); // no opener: the printed address is enough
  child.unref();
}

export async function startServer(options: StartOptions = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const host = options.host ?? "127.0.0.1";
  const { app, code } = await createServer({ ...options, host });
  await app.listen({ host, port: options.port ?? 8080 });
  const port = (app.server.address() as { port: number }).port;
  const shown = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  const url = addressOf(shown, port);
  const print = options.print ?? ((line: string) => void process.stdout.write(`${line}\n`));
  print(url);
  if (code) print(`访问码：${code}（在其他电脑上打开本页时需要输入）`);
  print("通报生成页面已启动；按 Ctrl+C 停止。");
  if (options.open && hasDisplay()) openBrowser(url);
  return { url, close: () => app.close() };
}
