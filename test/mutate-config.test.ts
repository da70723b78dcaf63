/** `npm run mutate`'s configuration: its sandboxes outside the project. */
import { relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const load = async () =>
  (await import(new URL("./stryker.config.mjs", import.meta.url).href)) as { default: { tempDirName: string } };

describe("the mutation testing configuration", () => {
  it("puts its sandboxes outside the project, so npx vitest run test/<path> finds no copies of the tests", async () => {
    const { default: config } = await load();
    expect(relative(resolve("."), resolve(config.tempDirName)).startsWith("..")).toBe(true);
  });
});
