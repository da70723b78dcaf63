/**
 * The JSON Schema of the JSON input form (`tongbao schema`): the canonical model as input, so
 * defaulted fields are optional.
 */
import * as z from "zod";
import { SHEETS } from "./columns.js";
import { InspectionSchema } from "./schema.js";

type Node = { properties?: Record<string, Node>; items?: Node };

/** Fields the reader fills itself (ColumnSpec.keepWritten: the text as written) are not input. */
function dropDerived(schema: Node): Node {
  for (const spec of SHEETS) {
    const sheet = schema.properties?.[spec.key];
    const record = sheet?.items ?? sheet;
    for (const col of spec.columns) if (col.keepWritten) delete record?.properties?.[col.keepWritten];
  }
  return schema;
}

export function inputJsonSchema(): object {
  // registry is derived by validate, never given.
  return dropDerived(z.toJSONSchema(InspectionSchema.omit({ registry: true }), { io: "input" }) as Node);
}
