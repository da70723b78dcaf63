/** The form's fields → the pipeline's options; anything not offered by the page is refused (400). */
import { BUILTIN_TEMPLATES } from "../index.js";
import type { BuildOptions } from "../index.js";
import { HttpRefusal } from "./refusal.js";
import type { Upload } from "./read-upload.js";

/** Built-in templates the page offers, in its list's order. */
export const PAGE_TEMPLATES: string[] = [...BUILTIN_TEMPLATES];

const flag = (v: string | undefined) => v === "1" || v === "on" || v === "true";

export function buildOptions(upload: Upload, pdfAvailable: boolean): BuildOptions {
  const f = upload.fields;
  const options: BuildOptions = {};
  const choice = f.template ?? "";
  if (choice === "upload") {
    if (!upload.template) throw new HttpRefusal(400, "选择了“上传模板”，但没有收到 .hbs 模板文件。");
    options.template = upload.template;
  } else if (choice !== "") {
    if (!PAGE_TEMPLATES.includes(choice)) throw new HttpRefusal(400, `没有名为“${choice}”的内置模板，可选：${PAGE_TEMPLATES.join("、")}。`);
    options.template = choice;
  }
  if (flag(f.fullListing)) options.fullListing = true;
  if (flag(f.xlsx)) options.xlsx = true;
  if (flag(f.pdf)) {
    if (!pdfAvailable) throw new HttpRefusal(400, "本机未安装 LibreOffice，无法生成 PDF。");
    options.pdf = true;
  }
  const perUnit = f.perUnit ?? "";
  if (perUnit === "all" || perUnit === "problems") options.perUnit = perUnit;
  else if (perUnit !== "") throw new HttpRefusal(400, `“各单位文件”的取值“${perUnit}”无效，应为 all 或 problems。`);
  return options;
}
