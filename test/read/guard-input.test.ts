/** The limits checked before an input is parsed: its size on disk and the nesting of JSON. */
import { mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TongbaoError } from "../../src/errors.js";
import { checkInputSize, checkJsonDepth, INPUT_LIMITS } from "../../src/read/guard-input.js";

const dir = await mkdtemp(join(tmpdir(), "tongbao-guard-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("checkInputSize", () => {
  it("refuses a file over the limit before reading it, naming its size and the limit", async () => {
    const file = join(dir, "大文件.xlsx");
    await writeFile(file, "");
    await truncate(file, INPUT_LIMITS.maxBytes + 1);
    const err = await checkInputSize(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TongbaoError);
    expect((err as TongbaoError).message).toBe(
      "输入文件“大文件.xlsx”有100 MB，超过上限100 MB，未读取。请确认选对了文件，或按单位、地区拆分为几个文件分别生成。",
    );
  });
  it("lets a file at the limit, a folder and a missing file through (the reader explains those)", async () => {
    const file = join(dir, "刚好.xlsx");
    await writeFile(file, "");
    await truncate(file, INPUT_LIMITS.maxBytes);
    await expect(checkInputSize(file)).resolves.toBeUndefined();
    await expect(checkInputSize(dir)).resolves.toBeUndefined();
    await expect(checkInputSize(join(dir, "none.json"))).resolves.toBeUndefined();
  });
});

describe("checkJsonDepth", () => {
  const nested = (depth: number, open = "[", close = "]") => `${open.repeat(depth)}${close.repeat(depth)}`;
  const refusal = (text: string) => {
    try {
      checkJsonDepth(text, "/data/x.json");
    } catch (e) {
      return e as TongbaoError;
    }
    return undefined;
  };
  it("accepts nesting up to the limit, of arrays and objects alike", () => {
    expect(refusal(nested(INPUT_LIMITS.maxJsonDepth))).toBeUndefined();
    expect(refusal(`${'{"a":'.repeat(INPUT_LIMITS.maxJsonDepth)}1${"}".repeat(INPUT_LIMITS.maxJsonDepth)}`)).toBeUndefined();
    // Closing brackets bring the depth back down: many shallow values in a row are fine.
    expect(refusal(`[${Array.from({ length: 100 }, () => "[{}]").join(",")}]`)).toBeUndefined();
  });
  it("refuses one level more, naming the file and the line", () => {
    const err = refusal(`{\n"a":\n${nested(INPUT_LIMITS.maxJsonDepth)}}`);
    expect(err).toBeInstanceOf(TongbaoError);
    expect(err!.message).toBe("文件“x.json”的 JSON 嵌套过深，未读取。");
    expect(err!.issues[0]).toMatchObject({ code: "json-depth", severity: "error", location: { file: "/data/x.json" } });
    expect(err!.issues[0]!.message).toContain(`JSON 嵌套超过${INPUT_LIMITS.maxJsonDepth}层（第3行）`);
    expect(refusal(nested(INPUT_LIMITS.maxJsonDepth + 1, "{", "}"))).toBeInstanceOf(TongbaoError);
  });
  it("does not count brackets inside strings, escaped quotes included", () => {
    expect(refusal(`["${"[".repeat(100)}"]`)).toBeUndefined();
    expect(refusal(`["\\"${"{".repeat(100)}"]`)).toBeUndefined();
    expect(refusal(`["\\\\", ${nested(INPUT_LIMITS.maxJsonDepth)}]`)).toBeInstanceOf(TongbaoError);
  });
});
