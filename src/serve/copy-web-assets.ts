/**
 * Build step of `npm run build:web`, after tsc has compiled src/web into dist/web: copies the page's
 * HTML and CSS, and echarts' own ES module build as dist/web/vendor/echarts.js (served locally, no CDN).
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { packageRoot } from "./web-assets.js";

const root = packageRoot();
const out = join(root, "dist", "web");
mkdirSync(join(out, "vendor"), { recursive: true });
for (const file of ["index.html", "style.css"]) copyFileSync(join(root, "src", "web", file), join(out, file));
const echarts = createRequire(join(root, "package.json")).resolve("echarts/dist/echarts.esm.min.mjs");
copyFileSync(echarts, join(out, "vendor", "echarts.js"));
