/**
 * What the server sends the page, as JSON. Shared by src/serve (which builds it) and the page (which
 * shows it); plain types without imports, so both tsconfigs can compile it.
 */

/** One located issue, split into the columns of the page's table; `line` is the CLI's line for it. */
export interface IssueView {
  severity: "error" | "warning";
  sheet?: string;
  /** Cell reference as Excel shows it, e.g. D12; or a row (第3行) or a path for JSON and templates. */
  cell?: string;
  header?: string;
  /** The value read, as text. */
  value?: string;
  message: string;
  fix?: string;
  /** `政务新媒体!D12（平台类型）：……` exactly as `tongbao validate` prints it. */
  line: string;
}

/** Every error answer of the server: a headline and the located issues. */
export interface Refusal {
  ok: false;
  message: string;
  issues: IssueView[];
}

export interface Figure {
  label: string;
  value: string;
}

export interface ChartSeries {
  name: string;
  /** null where the series has no such group (no bar drawn). */
  values: (number | null)[];
  /** The value as the notice writes it (95.2%, 3个). */
  labels: string[];
}

export interface ChartView {
  id: string;
  title: string;
  unit: "%" | "个";
  /** Bars along the vertical axis, for long category names. */
  horizontal?: boolean;
  /** The series' bars on top of each other (their groups do not overlap). */
  stacked?: boolean;
  categories: string[];
  series: ChartSeries[];
}

export type PreviewCell = string | number;

export interface PreviewTable {
  columns: { header: string; align?: "left" | "center" | "right" }[];
  rows: PreviewCell[][];
  totals?: PreviewCell[];
  caption?: string;
  notes?: string[];
  /** Rows left out of the preview (the Word file has them all). */
  omitted: number;
}

export type PreviewBlock =
  | { kind: "heading"; level: 1 | 2 | 3 | 4; text: string }
  | { kind: "paragraph"; text: string; lead?: { level: 1 | 2 | 3 | 4; text: string } }
  | { kind: "table"; table: PreviewTable }
  | { kind: "form"; rows: { cells: { text: string; span?: number; label?: boolean }[] }[] };

export interface PreviewDocument {
  mark?: string;
  docNumber?: string;
  title: string;
  recipients?: string;
  body: PreviewBlock[];
  attachmentTitles: string[];
  signature: { issuer: string; date: string };
  note?: string;
  attachments: { title: string; blocks: PreviewBlock[] }[];
}

/** The answer to a readable input: what was read, the figures, the charts and the notice's preview. */
export interface Inspected {
  ok: true;
  name: string;
  title: string;
  counts: { sheet: string; count: number }[];
  figures: Figure[];
  charts: ChartView[];
  preview: PreviewDocument;
  warnings: IssueView[];
}

/** What the page may offer. */
export interface PageOptions {
  templates: string[];
  pdf: { available: boolean; reason?: string };
  /** Upload limit in bytes, and the sentence shown when a file is larger. */
  uploadLimit: number;
  tooLarge: string;
}

export interface JobStatus {
  id: string;
  state: "queued" | "running" | "done" | "failed";
  /** Per-unit files written of `total`; 0 of 0 for the notice alone. */
  done: number;
  total: number;
  error?: Refusal;
  download?: { name: string; size: number; files: number };
  warnings: IssueView[];
  problems: IssueView[];
}
