/**
 * The page's files (dist/web, built by `npm run build:web`), loaded into memory once at start. A request
 * only picks one of these by its exact URL path; no path from the client reaches the file system.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, extname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export interface Asset {
  type: string;
  bytes: Buffer;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
};

/** The package root: walk up from this module (src/serve or dist/src/serve) to package.json. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const webDir = () => join(packageRoot(), "dist", "web");

/** URL path → file, for every servable file under dist/web ("/" is index.html). */
export function loadWebAssets(dir = webDir()): Map<string, Asset> {
  if (!existsSync(join(dir, "index.html"))) {
    throw new Error(`网页文件未构建（缺少 ${join(dir, "index.html")}）。请先运行 npm run build。`);
  }
  const assets = new Map<string, Asset>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else if (TYPES[extname(e.name)]) assets.set(`/${relative(dir, path).split("\\").join("/")}`, { type: TYPES[extname(e.name)]!, bytes: readFileSync(path) });
    }
  };
  walk(dir);
  assets.set("/", assets.get("/index.html")!);
  return assets;
}
