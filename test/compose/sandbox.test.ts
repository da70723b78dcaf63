import { describe, expect, it } from "vitest";
import { compileTemplate } from "../../src/compose/engine.js";
import { renderSandboxed, workerScript } from "../../src/compose/sandbox.js";
import { isTongbaoError, type TongbaoError } from "../../src/errors.js";

const limits = { timeoutMs: 5_000, maxMemoryMb: 64, maxOutputBytes: 1024 * 1024 };
const list = Array.from({ length: 40 }, (_, i) => i);
const hasWorker = workerScript() !== undefined;

function failure(fn: () => unknown): TongbaoError {
  try {
    fn();
  } catch (e) {
    if (isTongbaoError(e)) return e;
    throw e;
  }
  throw new Error("did not fail");
}

// The worker runs compiled code: `npm test` builds dist/ before running vitest.
describe.skipIf(!hasWorker)("the template sandbox (worker_threads)", { timeout: 60_000 }, () => {
  it("renders a user template exactly as in-process rendering does", () => {
    const template = { name: "t.hbs", source: "{{no 1}}共{{n}}家{{#each l}}{{this}}{{/each}}" };
    const view = { n: 3, l: [1, 2] };
    expect(renderSandboxed(template, [], view, limits)).toBe(compileTemplate(template)(view));
  });

  it("returns strict-mode errors located at file:line:column", () => {
    const e = failure(() => renderSandboxed({ name: "t.hbs", source: "a\n{{missing}}" }, [], {}, limits));
    expect(e.issues[0]?.location).toMatchObject({ file: "t.hbs", path: "t.hbs:2:3" });
  });

  it("stops a self-recursive partial", () => {
    const e = failure(() => renderSandboxed({ name: "t.hbs", source: "{{> loop}}" }, [{ name: "loop", source: "x{{> loop}}" }], {}, limits));
    expect(e.code).toBe("E_TEMPLATE");
    expect(e.issues[0]?.message).toContain("递归");
  });

  it("stops a template that would emit gigabytes, at the loop that runs away", () => {
    const source = "\n{{#each l}}{{#each @root.l}}{{#each @root.l}}{{#each @root.l}}{{#each @root.l}}{{#each @root.l}}xxxxxxxxxx{{/each}}{{/each}}{{/each}}{{/each}}{{/each}}{{/each}}";
    const e = failure(() => renderSandboxed({ name: "big.hbs", source }, [], { l: list }, limits));
    expect(e.issues[0]?.message).toContain("上限");
    expect(e.issues[0]?.location?.path).toMatch(/^big\.hbs:2:/);
  });

  it("stops a template that runs past its time limit", () => {
    // 40^5 empty iterations: no output at all, only time.
    const source = "{{#each l}}{{#each @root.l}}{{#each @root.l}}{{#each @root.l}}{{#each @root.l}}{{/each}}{{/each}}{{/each}}{{/each}}{{/each}}";
    const e = failure(() => renderSandboxed({ name: "slow.hbs", source }, [], { l: list }, { ...limits, timeoutMs: 300 }));
    expect(e.issues[0]?.message).toContain("没有生成完毕");
  });
});
