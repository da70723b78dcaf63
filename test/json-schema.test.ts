import { describe, expect, test } from "vitest";
import { inputJsonSchema } from "../src/json-schema.js";

describe("inputJsonSchema", () => {
  const schema = inputJsonSchema() as {
    properties: Record<string, { type?: string; required?: string[]; properties?: Record<string, unknown>; items?: { required?: string[]; properties: Record<string, { enum?: string[] }> } }>;
    required?: string[];
  };

  test("describes the eight English keys, only notice being required", () => {
    expect(Object.keys(schema.properties)).toEqual(["notice", "websites", "accounts", "publications", "interactions", "followUps", "sections", "problems"]);
    expect(schema.required).toEqual(["notice"]);
  });

  test("leaves defaulted fields optional, as input", () => {
    expect(schema.properties.notice?.required).toEqual(["issuer", "recipients", "signDate"]);
    expect(schema.properties.accounts?.items?.required).toEqual(["name", "unit", "platform"]);
  });

  test("lists the canonical platforms", () => {
    expect(schema.properties.accounts?.items?.properties.platform?.enum).toContain("微信视频号");
  });
});
