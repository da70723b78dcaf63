/**
 * Benchmark child: the floor, i.e. exceljs reading every row of every sheet and doing nothing else.
 * Usage: node floor.js stream|readFile FILE  → prints {"seconds": …, "cpuSeconds": …, "rows": …}
 */
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";

async function streamRows(file: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "emit",
  });
  let rows = 0;
  for await (const sheet of reader) for await (const row of sheet) if (row.values) rows++;
  return rows;
}

async function readFileRows(file: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file, { ignoreNodes: ["dataValidations"] } as never);
  let rows = 0;
  for (const sheet of workbook.worksheets) sheet.eachRow(() => rows++);
  return rows;
}

const [mode, file] = process.argv.slice(2);
if (!file || (mode !== "stream" && mode !== "readFile")) throw new Error("usage: floor.js stream|readFile FILE");
const start = performance.now();
const cpu = process.cpuUsage();
const rows = await (mode === "stream" ? streamRows(file) : readFileRows(file));
const used = process.cpuUsage(cpu);
process.stdout.write(JSON.stringify({ seconds: (performance.now() - start) / 1000, cpuSeconds: (used.user + used.system) / 1e6, rows }));
