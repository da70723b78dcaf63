import { describe, expect, test } from "vitest";
import { buildOptions } from "../../src/serve/build-options.js";
import type { Upload } from "../../src/serve/read-upload.js";

const upload = (fields: Record<string, string>, template?: Upload["template"]): Upload => ({
  input: { name: "a.xlsx", bytes: new Uint8Array() },
  fields,
  ...(template ? { template } : {}),
});

describe("buildOptions", () => {
  test("translates the form's fields into the pipeline's options", () => {
    expect(buildOptions(upload({ template: "月度通报", fullListing: "1", xlsx: "1", pdf: "1", perUnit: "problems" }), true)).toEqual({
      template: "月度通报",
      fullListing: true,
      xlsx: true,
      pdf: true,
      perUnit: "problems",
    });
    expect(buildOptions(upload({ template: "", perUnit: "" }), true)).toEqual({});
  });

  test("passes an uploaded template as its name and source, never as a path", () => {
    const tpl = { name: "我的.hbs", source: "{{notice.title}}" };
    expect(buildOptions(upload({ template: "upload" }, tpl), false)).toEqual({ template: tpl });
  });

  test("refuses what the page does not offer, in Chinese", () => {
    expect(() => buildOptions(upload({ pdf: "1" }), false)).toThrow("本机未安装 LibreOffice，无法生成 PDF。");
    expect(() => buildOptions(upload({ template: "/etc/passwd" }), true)).toThrow("没有名为“/etc/passwd”的内置模板");
    expect(() => buildOptions(upload({ template: "upload" }), true)).toThrow("没有收到 .hbs 模板文件");
    expect(() => buildOptions(upload({ perUnit: "some" }), true)).toThrow("“各单位文件”的取值“some”无效");
  });
});
