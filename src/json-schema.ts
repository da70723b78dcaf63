/**
 * The JSON Schema of the JSON input form (`tongbao schema`): the canonical model as input, so
 * defaulted fields are optional.
 */
import * as z from "zod";
import { InspectionSchema } from "./schema.js";

export function inputJsonSchema(): object {
  // registry is derived by validate, never given.
  return z.toJSONSchema(InspectionSchema.omit({ registry: true }), { io: "input" });
}
