/**
 * The clerk's desk: choose a file → see its errors, or what was read, its figures, charts and preview →
 * choose options → generate and download. States are shown by hiding and showing the page's sections.
 */
import type { Inspected, IssueView, JobStatus, PageOptions, Refusal } from "./api-types.js";
import { byId, h, show } from "./dom.js";
import { drawCharts, resizeCharts } from "./charts.js";
import { getJson, upload } from "./http.js";
import { issuesTable } from "./issues-table.js";
import { renderPreview } from "./preview.js";

const MB = 1024 * 1024;
const POLL_MS = 300;

let options: PageOptions | undefined;
let chosen: File | undefined;
let templateFile: File | undefined;

const status = (text: string) => (byId("status").textContent = text);

function form(file: File): FormData {
  const data = new FormData(byId<HTMLFormElement>("options"));
  if (templateFile && data.get("template") === "upload") data.append("templateFile", templateFile, templateFile.name);
  data.append("file", file, file.name);
  return data;
}

function showRefusal(r: Refusal): void {
  for (const id of ["result", "generate", "preview-section"]) show(byId(id), false);
  byId("errors-message").textContent = r.message;
  const table = byId("errors-table");
  table.replaceChildren();
  const errors = r.issues.filter((i) => i.severity === "error").length;
  const warnings = r.issues.length - errors;
  if (r.issues.length > 0) table.append(issuesTable(r.issues, `共${errors}处错误${warnings ? `，${warnings}处提醒` : ""}。改好后重新上传。`));
  show(byId("errors"), true);
  byId("errors").focus();
  status("文件未通过检查，原因见下方。");
}

function showWarnings(list: IssueView[]): void {
  const box = byId("warnings");
  show(box, list.length > 0);
  byId("warnings-summary").textContent = `提醒（${list.length}处，不影响生成）`;
  byId("warnings-table").replaceChildren(issuesTable(list, "提醒"));
}

function showInspected(r: Inspected): void {
  show(byId("errors"), false);
  byId("result-title-line").textContent = `《${r.title}》`;
  byId("counts").querySelector("tbody")!.replaceChildren(...r.counts.map((c) => h("tr", {}, h("td", {}, c.sheet), h("td", { class: "num" }, c.count))));
  byId("figures").replaceChildren(...r.figures.flatMap((f) => [h("dt", {}, f.label), h("dd", {}, f.value)]));
  for (const id of ["result", "generate", "preview-section"]) show(byId(id), true);
  drawCharts(byId("charts"), r.charts);
  showWarnings(r.warnings);
  byId("preview").replaceChildren(...renderPreview(r.preview));
  status(`已读取“${r.name}”：${r.counts.map((c) => `${c.sheet}${c.count}${c.sheet === "通报信息" ? "项" : "行"}`).join("，")}。`);
}

function progress(prefix: "upload" | "job", fraction: number | undefined, text: string): void {
  show(byId(`${prefix}-progress`), true);
  const bar = byId<HTMLProgressElement>(`${prefix}-bar`);
  if (fraction === undefined) bar.removeAttribute("value");
  else bar.value = Math.round(fraction * 100);
  byId(`${prefix}-text`).textContent = text;
}

/** Uploads the chosen file and shows what the server read, or why it refused. */
async function inspect(file: File): Promise<void> {
  chosen = file;
  byId("done").textContent = "";
  if (options && file.size > options.uploadLimit) {
    show(byId("upload-progress"), false);
    showRefusal({ ok: false, message: `“${file.name}”有${(file.size / MB).toFixed(0)} MB。${options.tooLarge}`, issues: [] });
    return;
  }
  status(`正在上传“${file.name}”…`);
  const answer = await upload<Inspected>("/api/inspect", form(file), (f) =>
    progress("upload", f < 1 ? f : undefined, f < 1 ? `正在上传 ${Math.round(f * 100)}%` : "已上传，正在读取和校验…"),
  );
  show(byId("upload-progress"), false);
  document.body.dataset.state = answer.ok ? "figures" : "errors";
  if (answer.ok) showInspected(answer.body);
  else showRefusal(answer.body);
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a job, follows its progress, then downloads the file. */
async function generate(): Promise<void> {
  if (!chosen) return;
  const button = byId<HTMLButtonElement>("generate-button");
  button.disabled = true;
  byId("done").textContent = "";
  try {
    const started = await upload<{ id: string }>("/api/jobs", form(chosen), (f) => progress("job", f, f < 1 ? `正在上传 ${Math.round(f * 100)}%` : "排队中…"));
    if (!started.ok) return showRefusal(started.body);
    let job: JobStatus | undefined;
    for (;;) {
      const answer = await getJson<JobStatus>(`/api/jobs/${started.body.id}`);
      if (!answer.ok) return showRefusal(answer.body);
      job = answer.body;
      if (job.state === "done" || job.state === "failed") break;
      const text = job.state === "queued" ? "排队中…" : job.total > 0 ? `正在生成各单位文件 ${job.done}/${job.total}` : "正在生成…";
      progress("job", job.total > 0 ? job.done / job.total : undefined, text);
      await wait(POLL_MS);
    }
    show(byId("job-progress"), false);
    if (job.state === "failed") return showRefusal(job.error!);
    const d = job.download!;
    const link = h("a", { href: `/api/jobs/${job.id}/download`, download: d.name, id: "download-link" }, d.name);
    const extra = [...job.warnings, ...job.problems].map((i) => i.line);
    byId("done").replaceChildren(
      `已生成 ${d.files} 个文件（${(d.size / 1024).toFixed(0)} KB），正在下载：`,
      link,
      "。没有开始下载时请点这个链接。",
      ...extra.map((t) => h("span", { class: "problem" }, t)),
    );
    document.body.dataset.state = "done";
    link.click();
  } finally {
    button.disabled = false;
  }
}

async function start(): Promise<void> {
  const answer = await getJson<PageOptions>("/api/options");
  if (!answer.ok) return showRefusal(answer.body);
  options = answer.body;
  byId("limit-hint").textContent = `文件不超过 ${Math.round(options.uploadLimit / MB)} MB。`;
  const select = byId<HTMLSelectElement>("template");
  select.append(...options.templates.map((t) => h("option", { value: t }, t)), h("option", { value: "upload" }, "上传自己的模板（.hbs）…"));
  const pdf = byId<HTMLInputElement>("pdf");
  pdf.disabled = !options.pdf.available;
  byId("pdf-reason").textContent = options.pdf.reason ?? "";
  document.body.dataset.state = "empty";
}

function wire(): void {
  const input = byId<HTMLInputElement>("file");
  byId("choose").addEventListener("click", () => input.click());
  input.addEventListener("change", () => input.files?.[0] && void inspect(input.files[0]));
  const drop = byId("drop");
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    const file = e.dataTransfer?.files[0];
    if (file) void inspect(file);
  });
  const select = byId<HTMLSelectElement>("template");
  const tplInput = byId<HTMLInputElement>("template-file");
  select.addEventListener("change", () => {
    if (select.value === "upload") return tplInput.click();
    if (chosen) void inspect(chosen);
  });
  tplInput.addEventListener("change", () => {
    templateFile = tplInput.files?.[0];
    byId("template-file-name").textContent = templateFile ? `已选：${templateFile.name}` : "";
    if (chosen && templateFile) void inspect(chosen);
  });
  byId("full-listing").addEventListener("change", () => chosen && void inspect(chosen));
  byId("options").addEventListener("submit", (e) => {
    e.preventDefault();
    void generate();
  });
  window.addEventListener("resize", resizeCharts);
}

wire();
void start();
