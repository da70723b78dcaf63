/** exceljs as the scanner's fallback: the same RawInput, and the same refusals for what it cannot load. */
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { isTongbaoError } from "../../src/errors.js";
import { readXlsx } from "../../src/read/read-xlsx.js";

const refusal = async (bytes: Uint8Array) => {
  try {
    await readXlsx("dir/表.xlsx", Buffer.from(bytes));
  } catch (e) {
    if (isTongbaoError(e)) return e.message;
    throw e;
  }
  throw new Error("accepted");
};
const NOT_A_WORKBOOK = "文件“表.xlsx”不是完整的 xlsx 工作簿（可能已损坏或未完整下载），无法读取。请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。";

describe("readXlsx", () => {
  it("refuses bytes exceljs cannot load as a workbook that is not whole", async () => {
    expect(await refusal(strToU8("not a zip"))).toBe(NOT_A_WORKBOOK);
  });
  it("refuses a zip without worksheets the same way", async () => {
    expect(await refusal(zipSync({ "a.txt": strToU8("x") }))).toBe(NOT_A_WORKBOOK);
  });
});
