#!/usr/bin/env node
/**
 * The `tongbao` command: arguments → options, results → messages, errors → exit codes.
 * It calls the public API (index.ts), plus the internals it prints with (progress) or writes a single
 * file with (init), and is the only place that prints or exits.
 */
import { Command, CommanderError, Option } from "commander";
import { readFileSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { ErrorCode, ExitCode, formatError, formatIssue, isTongbaoError, TongbaoError, type Issue } from "./errors.js";
import type { GenerateResult } from "./index.js";
import type { Progress } from "./batch/progress.js";

/** The public API, loaded only by the command that needs it: `--version` and `--help` stay instant. */
const api = () => import("./index.js");

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

const print = (line = ""): void => void process.stdout.write(`${line}\n`);
const printErr = (line = ""): void => void process.stderr.write(`${line}\n`);
const printIssues = (issues: Issue[]) => {
  for (const i of issues) printErr(`  ${i.severity === "error" ? "✖" : "⚠"} ${formatIssue(i)}`);
};

/** `--verbose`: which reader read the input; a fallback from the sheet scanner to exceljs is a warning. */
function printReader(read: { reader?: "scanner" | "exceljs" | "json"; fallback?: string }): void {
  if (read.fallback !== undefined) printErr(`  ⚠ 工作表扫描器无法读取此工作簿（${read.fallback}），已改用 exceljs 读取（较慢）。如经常出现，请把文件反馈给维护者。`);
  else printErr(`读取方式：${read.reader === "json" ? "JSON" : read.reader === "exceljs" ? "exceljs" : "tongbao 工作表扫描器"}。`);
}

/** Data sheets in the order the summary names them (counts are keyed by sheet name). */
const DATA_SHEETS = ["政府网站", "政务新媒体", "问题清单", "信息发布统计", "互动交流", "上期整改", "正文"];

/** commander prints English; these are the phrases a user meets, in Chinese. */
const PHRASES: [RegExp, string][] = [
  [/^Usage:/gm, "用法："],
  [/^Arguments:/gm, "参数："],
  [/^Options:/gm, "选项："],
  [/^Commands:/gm, "命令："],
  [/\(default: ([^)]*)\)/g, "（默认：$1）"],
  [/error: missing required argument '([^']*)'/g, "错误：缺少参数 $1"],
  [/error: unknown command '([^']*)'/g, "错误：没有命令 $1"],
  [/error: unknown option '([^']*)'/g, "错误：没有选项 $1"],
  [/error: option '([^']*)' argument missing/g, "错误：选项 $1 缺少取值"],
  [/error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./g, "错误：参数过多（应为 $2 个，实际 $3 个）。"],
];
const chinese = (text: string) => PHRASES.reduce((t, [re, zh]) => t.replace(re, zh), text);

function program(): Command {
  const cli = new Command("tongbao")
    .description("把政府网站与政务新媒体检查数据（Excel 或 JSON）生成符合 GB/T 9704-2012 的通报 Word 文件。")
    .version(pkg.version, "-V, --version", "显示版本号")
    .helpOption("-h, --help", "显示帮助")
    .helpCommand("help [command]", "显示某个命令的帮助")
    .showHelpAfterError("（运行 tongbao --help 查看用法）")
    .configureOutput({
      writeOut: (s) => process.stdout.write(chinese(s)),
      writeErr: (s) => process.stderr.write(chinese(s)),
    })
    .exitOverride();

  cli
    .command("init")
    .description("写出可填写的 Excel 模板（含各工作表、表头说明、下拉列表、填写说明和示例行）")
    .argument("[file]", "模板文件路径", "检查数据模板.xlsx")
    .helpOption("-h, --help", "显示帮助")
    .action(async (file: string) => {
      const { templateWorkbook } = await api();
      const { writeFileAtomic } = await import("./write/write-file-atomic.js");
      const target = resolve(file);
      await writeFileAtomic(target, await templateWorkbook());
      print(`已写出模板：${target}`);
      print("填好各工作表后运行：tongbao validate <文件>，再运行 tongbao generate <文件>。");
    });

  cli
    .command("validate")
    .description("检查输入文件：列出全部错误和提醒，并概述读到的内容")
    .argument("<input>", "检查数据文件（.xlsx 或 .json）")
    .option("--verbose", "显示读取方式（工作表扫描器或 exceljs）")
    .helpOption("-h, --help", "显示帮助")
    .action(async (input: string, opts: { verbose?: boolean }) => {
      const { readInput, validate } = await api();
      const raw = await readInput(input);
      if (opts.verbose) printReader(raw);
      const { warnings, counts, shapes } = validate(raw);
      for (const line of shapes) print(`识别：${line}`);
      if (warnings.length > 0) {
        printErr(`提醒（${warnings.length}处，不影响生成）：`);
        printIssues(warnings);
      }
      const parts = DATA_SHEETS.filter((name) => (counts[name] ?? 0) > 0).map((name) => `${name}${counts[name]}行`);
      const notice = `通报信息${counts["通报信息"] ?? 0}项`;
      print(`校验通过：${input}。读到${notice}${parts.length ? `，${parts.join("，")}` : "，未读到数据行"}。`);
    });

  cli
    .command("generate")
    .description("生成通报 Word 文件（及可选的各单位文件、Excel 表格和 PDF）")
    .argument("<input>", "检查数据文件（.xlsx 或 .json）")
    .option("-o, --out <dir>", "输出文件夹", "out")
    .addOption(
      new Option("--per-unit [mode]", "为每个责任单位另写一份文件（整改通知单或检查结果告知）；mode 为 all（默认）或 problems（只写有问题的单位）").choices([
        "all",
        "problems",
      ]),
    )
    .option("--xlsx", "同时把附件表格写成 Excel 工作簿")
    .option("--pdf", "同时转换为 PDF（需要 LibreOffice）")
    .option("--template <name|path>", "内置模板名（季度通报、月度通报、内容保障通报……）或 .hbs 模板文件路径")
    .option("--full-listing", "增加一个列出全部检查对象的附件")
    .option("--verbose", "显示读取方式（工作表扫描器或 exceljs）")
    .helpOption("-h, --help", "显示帮助")
    .action(async (input: string, opts: GenerateFlags) => {
      const started = process.hrtime.bigint();
      const { generate } = await api();
      const { createProgress, summaryLine } = await import("./batch/progress.js");
      let progress: Progress | undefined;
      const result = await generate({
        input,
        outDir: opts.out,
        template: opts.template,
        xlsx: opts.xlsx,
        pdf: opts.pdf,
        fullListing: opts.fullListing,
        ...(opts.perUnit ? { perUnit: opts.perUnit === true ? "all" : opts.perUnit } : {}),
        onProgress: (done, total) => {
          progress ??= createProgress({ total });
          progress.update(done);
        },
      });
      progress?.stop();
      if (opts.verbose) printReader(result);
      if (result.warnings.length > 0) {
        printErr(`提醒（${result.warnings.length}处）：`);
        printIssues(result.warnings);
      }
      if (result.problems.length > 0) printIssues(result.problems);
      const unitDir = result.units?.dir;
      const inUnitDir = (f: string) => unitDir !== undefined && !relative(unitDir, f).startsWith("..") && !isAbsolute(relative(unitDir, f));
      for (const f of result.files) if (!inUnitDir(f)) print(`已写出：${f}`);
      if (result.units) print(unitsSummary(result.units));
      print(summaryLine(result.files.length, resolve(opts.out), Number(process.hrtime.bigint() - started) / 1e6));
    });

  cli
    .command("schema")
    .description("打印 JSON 输入格式的 JSON Schema")
    .helpOption("-h, --help", "显示帮助")
    .action(async () => print(JSON.stringify((await api()).inputJsonSchema(), null, 2)));

  // serve: the local web page (src/serve); options are translated here, nothing else.
  cli
    .command("serve")
    .description("启动本机网页：上传检查数据，查看错误、统计和图表，下载通报")
    .option("--port <port>", "端口", "8080")
    .option("--host <host>", "监听地址；不是本机地址（127.0.0.1）时需要访问码", "127.0.0.1")
    .option("--code <code>", "访问码（--host 不是本机地址时使用；不给则随机生成并显示）")
    .option("--no-open", "不自动打开浏览器")
    .helpOption("-h, --help", "显示帮助")
    .action(async (opts: { port: string; host: string; code?: string; open: boolean }) => {
      const port = Number(opts.port);
      if (!/^\d+$/.test(opts.port) || port > 65535) throw new TongbaoError(ErrorCode.USAGE, `端口“${opts.port}”无效，应为 0–65535 的整数。`);
      const { startServer } = await import("./serve/start-server.js");
      await startServer({ host: opts.host, port, open: opts.open, ...(opts.code ? { code: opts.code } : {}) }).catch((e: NodeJS.ErrnoException) => {
        if (e.code === "EADDRINUSE") throw new TongbaoError(ErrorCode.USAGE, `端口${port}已被占用，请用 --port 换一个端口。`);
        if (e.code === "EADDRNOTAVAIL" || e.code === "ENOTFOUND") throw new TongbaoError(ErrorCode.USAGE, `本机没有地址“${opts.host}”，请检查 --host。`);
        throw e;
      });
    });

  return cli;
}

const UNIT_DOCS = ["整改通知单", "检查结果告知", "调查通知-单位"] as const;

/** `各单位文件：整改通知单12份、检查结果告知3份，跳过2个单位，位于 out/…-各单位。` */
function unitsSummary(units: NonNullable<GenerateResult["units"]>): string {
  const parts = UNIT_DOCS.filter((d) => units.written[d]).map((d) => `${d === "调查通知-单位" ? "调查通知" : d}${units.written[d]}份`);
  const skipped = units.skipped > 0 ? `，跳过${units.skipped}个单位` : "";
  return `各单位文件：${parts.length ? parts.join("、") : "无"}${skipped}，位于 ${resolve(units.dir)}。`;
}

interface GenerateFlags {
  out: string;
  perUnit?: true | "all" | "problems";
  xlsx?: boolean;
  pdf?: boolean;
  template?: string;
  fullListing?: boolean;
  verbose?: boolean;
}

async function main(argv: string[]): Promise<number> {
  const cli = program();
  try {
    await cli.parseAsync(argv);
    return ExitCode.OK;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
    }
    if (isTongbaoError(e)) {
      printErr(formatError(e));
      return e.exitCode;
    }
    printErr(`内部错误：${e instanceof Error ? e.message : String(e)}`);
    printErr("这是 tongbao 的缺陷，请把这条信息和输入文件一并反馈给维护者。");
    if (e instanceof Error && e.stack) printErr(e.stack);
    return ExitCode.INTERNAL;
  }
}

process.exitCode = await main(process.argv);
