/**
 * Property: whatever valid data a 通报 is built from, no built-in template states a claim its facts
 * contradict, and every sheet with rows is stated. Bounded here; `npm run fuzz` runs it for longer.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate } from "../../src/aggregate/aggregate.js";
import { InspectionSchema } from "../../src/schema.js";
import { claimsInspection, contradictedClaims, unstatedSheets } from "./claims.js";
import { bodyText, composeBuiltin } from "./helpers.js";

describe("what a built-in 通报 may say", () => {
  it("never states a claim its facts contradict, and states every sheet with rows", () => {
    fc.assert(
      fc.property(claimsInspection, (raw) => {
        const data = InspectionSchema.parse(raw);
        const facts = aggregate(data);
        const text = bodyText(composeBuiltin(data).document);
        expect(contradictedClaims(text, facts)).toEqual([]);
        expect(unstatedSheets(text, data, facts)).toEqual([]);
      }),
      { numRuns: 60, seed: 20261202 },
    );
  });
});
