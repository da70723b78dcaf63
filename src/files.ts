/** What the pipeline in memory takes and gives: a file as its name and its bytes, never a path on disk. */

/** An input file: its name (检查结果.xlsx: used in messages and locations) and its content. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** An output file: a relative path ("标题.docx", "标题-各单位/某局.docx") and its content. */
export interface OutputFile {
  name: string;
  bytes: Uint8Array;
}
