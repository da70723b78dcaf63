/**
 * The JSON Schema of the JSON input form (`tongbao schema`): the canonical model as input, so
 * defaulted fields are optional.
 */
import * as z from "zod";
import { InspectionSchema } from "./schema.js";

export function inputJsonSchema(): object {
  return z.toJSONSchema(InspectionSchema, { io: "input" });
}
