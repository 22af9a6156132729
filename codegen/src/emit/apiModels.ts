/** The convenience layer's client-named models (`api/models.ts`) and their serializers (`api/serializers.ts`). */
import type { ServiceModel } from "../model.js";
import { lowerFirst, propertyAccess, propertyKey } from "../naming.js";
import { apiType, convert, fromWire, toWire } from "./apiTypes.js";
import { doc } from "./docs.js";

/** `api/models.ts`: one interface per model; enums and aliases re-exported from the rest layer. */
export function emitModels(model: ServiceModel): string {
  let out = "";
  for (const m of model.models) {
    const props = m.usage.output ? m.properties : m.properties.filter((p) => !p.readOnly);
    out += doc(m.description, `The ${m.name} model.`) + `export interface ${m.name} {\n`;
    for (const p of props) {
      const wire = p.wireName !== p.name ? ` (\`${p.wireName}\` on the wire)` : "";
      const dflt = p.defaultValue !== undefined ? `\nThe service's default: \`${String(p.defaultValue)}\`.` : "";
      const secret = p.secret
        ? "\nA secret (`x-ms-secret`): sent to the service, never returned by it; keep it out of logs."
        : "";
      out += doc(
        `${p.description}${wire ? `\n${wire.trim()}` : ""}${dflt}${secret}`,
        `The ${p.name} property${wire}.${dflt}${secret}`,
      );
      out += `${propertyKey(p.name)}${p.required && !(p.readOnly && m.usage.input) ? "" : "?"}: ${apiType(p.type)};\n`;
    }
    if (m.additionalProperties) out += `${doc("Additional properties.", "")}[key: string]: unknown;\n`;
    out += "}\n\n";
  }
  // Enums and string aliases are the same in both layers: declared once, in the rest layer.
  const shared = [...model.enums.map((e) => e.name), ...model.aliases.map((a) => a.name)].sort();
  if (shared.length)
    out =
      `import type {\n${shared.join(",\n")}\n} from "../rest/models.js";\n\nexport type {\n${shared.join(",\n")}\n};\n\n` +
      out;
  return out;
}

/**
 * The body of a converter that builds its result field by field, leaving out each field whose
 * value is `undefined` (as `omitUndefined` of the object literal would, in the same key order,
 * without the intermediate object and its copy).
 * @param fields - the result's keys, in order, with the expression of each value.
 * @param type - the result's type.
 */
function withoutUndefined(fields: { key: string; expr: string }[], type: string): string {
  let out = "const out: Record<string, unknown> = {};\n";
  if (fields.length) out += "let value: unknown;\n";
  for (const f of fields)
    out += `value = ${f.expr};\nif (value !== undefined) out[${JSON.stringify(f.key)}] = value;\n`;
  return out + `return out as unknown as ${type};\n`;
}

/**
 * `api/serializers.ts`: `xSerializer` (client → wire) for every input model and `xDeserializer`
 * (wire → client) for every output model.
 * @param model - the service, models already renamed.
 * @param restName - the rest layer's name of a client model.
 */
export function emitSerializers(model: ServiceModel, restName: (name: string) => string): string {
  let body = "";
  for (const m of model.models) {
    if (m.usage.input) {
      body += doc(`Converts a {@link ${m.name}} to its wire form.`, "", [
        "@param item - the client-side value.",
        "@returns the JSON sent to the service.",
      ]);
      body += `export function ${lowerFirst(m.name)}Serializer(item: ${m.name}): Rest.${restName(m.name)} {\n`;
      const fields = m.properties
        .filter((p) => !p.readOnly)
        .map((p) => {
          const value = propertyAccess("item", p.name);
          return { key: p.wireName, expr: convert(toWire(p.type, value), value, p.required) };
        });
      if (m.additionalProperties) {
        body += `return omitUndefined({\n...extraProperties(item, ${JSON.stringify(m.properties.map((p) => p.name))}),\n`;
        for (const f of fields) body += `${propertyKey(f.key)}: ${f.expr},\n`;
        body += `}) as Rest.${restName(m.name)};\n}\n\n`;
      } else {
        body += withoutUndefined(fields, `Rest.${restName(m.name)}`) + "}\n\n";
      }
    }
    if (m.usage.output) {
      body += doc(`Converts the wire form of a {@link ${m.name}} to the client-side model.`, "", [
        "@param item - the JSON received from the service.",
        "@returns the client-side value.",
      ]);
      body += `export function ${lowerFirst(m.name)}Deserializer(item: RestOutput.${restName(m.name)}Output): ${m.name} {\n`;
      const fields = m.properties.map((p) => {
        const value = propertyAccess("item", p.wireName);
        return { key: p.name, expr: convert(fromWire(p.type, value), value, false) };
      });
      if (m.additionalProperties) {
        body += `return omitUndefined({\n...extraProperties(item, ${JSON.stringify(m.properties.map((p) => p.wireName))}),\n`;
        for (const f of fields) body += `${propertyKey(f.key)}: ${f.expr},\n`;
        body += `}) as ${m.name};\n}\n\n`;
      } else {
        body += withoutUndefined(fields, m.name) + "}\n\n";
      }
    }
  }
  const helpers = ["omitUndefined", "mapRecord", "extraProperties"].filter((h) => body.includes(`${h}(`));
  const names = model.models.map((m) => m.name).sort();
  let out = `import type * as Rest from "../rest/models.js";\nimport type * as RestOutput from "../rest/outputModels.js";\n`;
  out += `import type {\n${names.join(",\n")}\n} from "./models.js";\n`;
  if (helpers.length) out += `import { ${helpers.join(", ")} } from "./static-helpers/serialization.js";\n`;
  return out + "\n" + body;
}
