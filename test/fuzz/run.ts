/**
 * The fuzzer (`npm run fuzz`, or `node dist/test/fuzz/run.js [--minutes 10] [--seed N]`; not part of
 * npm test). For N minutes it sends random inputs through read → validate → generate in this
 * process: valid data as JSON and as a workbook, the same with a corrupted cell or field, and
 * byte-level damage to the files; and, beside each case, the claims property of test/compose/claims.ts
 * on random valid data (no claim the facts contradict, every sheet with rows stated). Anything that ends other than in a written, well-formed Word file
 * or — for damaged input only — a TongbaoError (exit 2/3/4) is a finding: its input goes to out/fuzz/ with the error beside it.
 */
import fc from "fast-check";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { ErrorCode, formatError, isTongbaoError } from "../../src/errors.js";
import { generate } from "../../src/write-outputs.js";
import { SHEETS } from "../../src/columns.js";
import { aggregate } from "../../src/aggregate/aggregate.js";
import { InspectionSchema } from "../../src/schema.js";
import { claimsInspection, contradictedClaims, unstatedSheets } from "../compose/claims.js";
import { bodyText, composeBuiltin } from "../compose/helpers.js";
import { garbage, inspection } from "../robust/arbitraries.js";
import { malformedParts, root } from "../robust/helpers.js";
import { writeWorkbook } from "../robust/to-workbook.js";

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const minutes = Number(arg("--minutes") ?? 10);
const seed = Number(arg("--seed") ?? Date.now() % 1_000_000);
const findings = join(root, "out", "fuzz");
const work = join(tmpdir(), `tongbao-fuzz-${process.pid}`);
mkdirSync(work, { recursive: true });

type Kind = "json" | "json-corrupt" | "xlsx" | "xlsx-corrupt" | "bytes";
const KINDS: Kind[] = ["json", "json-corrupt", "xlsx", "xlsx-corrupt", "bytes"];
const one = <T>(arb: fc.Arbitrary<T>, s: number): T => fc.sample(arb, { seed: s, numRuns: 1 })[0]!;

/** A corrupted JSON field: garbage in a random column of a random record. */
function corruptJson(data: Record<string, any>, s: number): Record<string, any> {
  const [sheet, row, column, value] = one(fc.tuple(fc.constantFrom(...SHEETS.map((x) => x.key)), fc.nat(), fc.nat(), garbage), s);
  const target = Array.isArray(data[sheet]) ? data[sheet][row % Math.max(1, data[sheet].length)] : data[sheet];
  if (target) {
    const keys = SHEETS.find((x) => x.key === sheet)!.columns.map((c) => c.key).filter(Boolean) as string[];
    target[keys[column % keys.length]!] = value;
  } else data[sheet] = value;
  return data;
}

/** Random byte damage: flips, a cut, or an insertion. */
function damage(bytes: Uint8Array, s: number): Uint8Array {
  const rnd = one(fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), s);
  const out = Buffer.from(bytes);
  const mode = rnd[0]! % 3;
  if (mode === 0) for (let i = 1; i < 8; i++) out[rnd[i]! % out.length] = rnd[(i + 1) % 8]! % 256;
  if (mode === 1) return out.subarray(0, rnd[1]! % out.length);
  if (mode === 2) return Buffer.concat([out.subarray(0, rnd[1]! % out.length), Buffer.from("<\u0000]]>&"), out.subarray(rnd[1]! % out.length)]);
  return out;
}

async function makeInput(kind: Kind, s: number): Promise<string> {
  const data = JSON.parse(JSON.stringify(one(inspection, s))) as Record<string, any>;
  const file = join(work, `case-${s}`);
  if (kind === "json") return write(`${file}.json`, JSON.stringify(data));
  if (kind === "json-corrupt") return write(`${file}.json`, JSON.stringify(corruptJson(data, s + 1)));
  if (kind === "xlsx") return writeWorkbook(work, data);
  const [sheet, row, column, value] = one(fc.tuple(fc.constantFrom(...SHEETS.map((x) => x.key)), fc.nat(), fc.nat(), garbage), s + 1);
  const wb = await writeWorkbook(work, data, kind === "xlsx-corrupt" ? { sheet, row, column, value } : undefined);
  if (kind === "xlsx-corrupt") return wb;
  const source = s % 2 === 0 ? wb : write(`${file}.json`, JSON.stringify(data));
  return write(`${source}.damaged`, damage(readFileSync(source), s + 2));
}

function write(file: string, content: string | Uint8Array): string {
  writeFileSync(file, content);
  return file;
}

let cases = 0;
let found = 0;
const outcomes: Record<string, number> = {};

async function runCase(kind: Kind, s: number): Promise<void> {
  const input = await makeInput(kind, s);
  const out = join(work, "out");
  let problem: string | undefined;
  try {
    const result = await generate({ input, outDir: out, xlsx: s % 5 === 0, fullListing: s % 3 === 0, ...(s % 7 === 0 ? { perUnit: "problems" as const } : {}) });
    for (const f of result.files) {
      const bad = malformedParts(readFileSync(f));
      if (bad.length) problem = `invalid package ${basename(f)}: ${bad.join("; ")}`;
    }
    outcomes.generated = (outcomes.generated ?? 0) + 1;
  } catch (e) {
    // Valid data must generate; damaged input may be refused, but only with a TongbaoError.
    const valid = kind === "json" || kind === "xlsx";
    if (isTongbaoError(e) && e.code !== ErrorCode.INTERNAL && !valid) {
      outcomes[e.code] = (outcomes[e.code] ?? 0) + 1;
    } else problem = isTongbaoError(e) ? `${e.code}: ${formatError(e)}` : e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ""}` : String(e);
  }
  cases++;
  if (problem) {
    found++;
    mkdirSync(findings, { recursive: true });
    const name = `${kind}-${seed}-${s}${input.endsWith(".json") ? ".json" : input.endsWith(".damaged") ? ".bin" : ".xlsx"}`;
    copyFileSync(input, join(findings, name));
    writeFileSync(join(findings, `${name}.txt`), `${problem}\n`);
    process.stdout.write(`\n发现问题（${kind}，种子 ${s}）：${problem.split("\n")[0]}\n  输入已保存：out/fuzz/${name}\n`);
  }
  rmSync(input, { force: true });
  rmSync(out, { recursive: true, force: true });
}

/** What a notice may say (test/compose/claims.ts): no claim its facts contradict, every sheet with rows stated. */
function runClaims(s: number): void {
  const raw = one(claimsInspection, s);
  const data = InspectionSchema.parse(raw);
  const facts = aggregate(data);
  const text = bodyText(composeBuiltin(data).document);
  const wrong = [...contradictedClaims(text, facts), ...unstatedSheets(text, data, facts).map((sheet) => `未说明：${sheet}`)];
  cases++;
  outcomes.claims = (outcomes.claims ?? 0) + 1;
  if (wrong.length === 0) return;
  found++;
  mkdirSync(findings, { recursive: true });
  const name = `claims-${seed}-${s}.json`;
  writeFileSync(join(findings, name), JSON.stringify(raw, null, 1));
  writeFileSync(join(findings, `${name}.txt`), `${wrong.join("\n")}\n\n${text}\n`);
  process.stdout.write(`\n发现问题（通报的说法，种子 ${s}）：${wrong[0]}\n  输入已保存：out/fuzz/${name}\n`);
}

const deadline = Date.now() + minutes * 60_000;
process.stdout.write(`模糊测试：${minutes}分钟，种子 ${seed}\n`);
for (let i = 0; Date.now() < deadline; i++) {
  await runCase(KINDS[i % KINDS.length]!, seed * 1000 + i);
  runClaims(seed * 1000 + i);
  if (cases % 50 === 0) process.stdout.write(`  已运行${cases}例，发现${found}个问题\n`);
}
rmSync(work, { recursive: true, force: true });
process.stdout.write(`共运行${cases}例（${Object.entries(outcomes).map(([k, v]) => `${k} ${v}`).join("，")}），发现${found}个问题。\n`);
process.exitCode = found > 0 ? 1 : 0;
