import { describe, expect, it } from "vitest";
import { textWidth } from "../../src/render/column-widths.js";
import { balancedLines, wordBreaks } from "../../src/render/word-breaks.js";

/** The text with a `|` at every permitted break. */
const marked = (text: string) => {
  let out = "";
  let from = 0;
  for (const at of wordBreaks(text)) {
    out += `${text.slice(from, at)}|`;
    from = at;
  }
  return out + text.slice(from);
};

describe("wordBreaks", () => {
  it("corrects the dictionary with the notices' vocabulary: 全市|政府网站, 办公室, 政务新媒体", () => {
    expect(marked("江临市人民政府办公室关于2024年第三季度全市政府网站和政务新媒体检查情况的通报")).toBe(
      "江临市|人民政府|办公室|关于|2024年|第三季度|全市|政府网站|和|政务新媒体|检查情况|的|通报",
    );
  });

  it("keeps a number with its unit, unknown names and 局 with the name before them", () => {
    expect(marked("盘锦市2023年7月份")).toBe("盘锦市|2023年|7月份");
    expect(marked("关于江临市商务局")).toBe("关于|江临市|商务局");
  });

  it("keeps boxes and closing punctuation with what they close, breaks after a space", () => {
    expect(marked("自营□ 购买服务□")).toBe("自营□ |购买|服务□");
    expect(marked("问题（第12期）。")).not.toMatch(/\|[）。]|（\|/);
  });
});

describe("balancedLines", () => {
  it("breaks a header between words: 存在的/突出问题, not 存在的突/出问题", () => {
    expect(balancedLines("存在的突出问题", 6, textWidth)).toBe("存在的\n突出问题");
    expect(balancedLines("购买服务□", 4, textWidth)).toBe("购买\n服务□");
    expect(balancedLines("自营□ 购买服务□", 7.5, textWidth)).toBe("自营□ \n购买服务□");
  });

  it("leaves text that fits alone and balances longer text over the fewest lines", () => {
    expect(balancedLines("存在的突出问题", 7, textWidth)).toBe("存在的突出问题");
    const lines = balancedLines("是否具备发布功能 是□ 否□　是否具备传播功能 是□ 否□　是否具备引导功能 是□ 否□", 22, textWidth).split("\n");
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(22);
    expect(lines.every((l) => !/^[□]/.test(l))).toBe(true);
  });
});
