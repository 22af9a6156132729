/** The convenience layer's client-named models (`api/models.ts`) and their serializers (`api/serializers.ts`). */
import type { ServiceModel } from "../model.js";
import { lowerFirst, propertyKey } from "../naming.js";
import { apiType, shapeConversion, shapeName, type Direction } from "./apiTypes.js";
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
 * The `Shape` constant of a model in one direction: each property as its name when it keeps its
 * name and passes as it is, else `[from, to, conversion]` (`api/static-helpers/serialization.ts`).
 */
function shapeConstant(
  name: string,
  properties: ServiceModel["models"][number]["properties"],
  direction: Direction,
): string {
  const entries = properties.map((p) => {
    const [from, to] = direction === "toWire" ? [p.name, p.wireName] : [p.wireName, p.name];
    const conversion = shapeConversion(p.type, direction);
    if (from === to && !conversion) return JSON.stringify(from);
    return `[${JSON.stringify(from)}, ${from === to ? "0" : JSON.stringify(to)}${conversion ? `, ${conversion}` : ""}]`;
  });
  return `const ${shapeName(name, direction)}: Shape = [${entries.join(", ")}];\n\n`;
}

/**
 * `api/serializers.ts`: `xSerializer` (client → wire) for every input model and `xDeserializer`
 * (wire → client) for every output model, each the shared `convertShape` over the model's shape
 * (data rather than code per property: the same conversions in a fraction of the bundle).
 * @param model - the service, models already renamed.
 * @param restName - the rest layer's name of a client model.
 */
export function emitSerializers(model: ServiceModel, restName: (name: string) => string): string {
  let body = "";
  for (const m of model.models) {
    if (m.usage.input) {
      const properties = m.properties.filter((p) => !p.readOnly);
      const known = m.additionalProperties ? `, ${JSON.stringify(m.properties.map((p) => p.name))}` : "";
      body += shapeConstant(m.name, properties, "toWire");
      body += doc(`Converts a {@link ${m.name}} to its wire form.`, "", [
        "@param item - the client-side value.",
        "@returns the JSON sent to the service.",
      ]);
      body += `export function ${lowerFirst(m.name)}Serializer(item: ${m.name}): Rest.${restName(m.name)} {\n`;
      body += `return convertShape(item, ${shapeName(m.name, "toWire")}${known}) as unknown as Rest.${restName(m.name)};\n}\n\n`;
    }
    if (m.usage.output) {
      const known = m.additionalProperties ? `, ${JSON.stringify(m.properties.map((p) => p.wireName))}` : "";
      body += shapeConstant(m.name, m.properties, "fromWire");
      body += doc(`Converts the wire form of a {@link ${m.name}} to the client-side model.`, "", [
        "@param item - the JSON received from the service.",
        "@returns the client-side value.",
      ]);
      body += `export function ${lowerFirst(m.name)}Deserializer(item: RestOutput.${restName(m.name)}Output): ${m.name} {\n`;
      body += `return convertShape(item, ${shapeName(m.name, "fromWire")}${known}) as unknown as ${m.name};\n}\n\n`;
    }
  }
  const names = model.models.map((m) => m.name).sort();
  let out = `import type * as Rest from "../rest/models.js";\nimport type * as RestOutput from "../rest/outputModels.js";\n`;
  out += `import type {\n${names.join(",\n")}\n} from "./models.js";\n`;
  out += `import { convertShape, type Shape } from "./static-helpers/serialization.js";\n`;
  return out + "\n" + body;
}
