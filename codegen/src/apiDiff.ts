/**
 * Compares two {@link ServiceModel}s (the generator's own model of two spec versions)
 * and describes, for people, what changed: operations, models, properties, enum values.
 */
import type { EnumModel, ObjectModel, Operation, ServiceModel, TypeRef } from "./model.js";

/** A property-level change. */
export interface PropertyChange {
  model: string;
  property: string;
  what: string;
}

/** Everything that differs between two versions. */
export interface ApiDiff {
  from: string;
  to: string;
  operationsAdded: string[];
  operationsRemoved: string[];
  operationsChanged: { operationId: string; what: string }[];
  modelsAdded: string[];
  modelsRemoved: string[];
  propertiesAdded: PropertyChange[];
  propertiesRemoved: PropertyChange[];
  propertiesChanged: PropertyChange[];
}

/** A type as people read it: `string (date-time)`, `Array<BatchNode>`, `enum BatchJobState`. */
export function describeType(t: TypeRef): string {
  switch (t.kind) {
    case "string":
      return t.format ? `string (${t.format})` : "string";
    case "number":
      return `number (${t.format})`;
    case "model":
      return t.name;
    case "enum":
      return `enum ${t.name}`;
    case "constant":
      return JSON.stringify(t.value);
    case "array":
      return `Array<${describeType(t.items)}>`;
    case "dictionary":
      return `Record<string, ${describeType(t.values)}>`;
    default:
      return t.kind;
  }
}

function byKey<T>(items: T[], key: (t: T) => string): Map<string, T> {
  return new Map(items.map((i) => [key(i), i]));
}

function sorted(values: Iterable<string>): string[] {
  return [...values].sort();
}

/**
 * Computes the differences from `before` to `after`.
 * @param before - the older version's model.
 * @param after - the newer version's model.
 */
export function diffServiceModels(before: ServiceModel, after: ServiceModel): ApiDiff {
  const opsA = byKey(before.operations, (o) => o.operationId);
  const opsB = byKey(after.operations, (o) => o.operationId);
  const diff: ApiDiff = {
    from: before.apiVersion,
    to: after.apiVersion,
    operationsAdded: sorted([...opsB.keys()].filter((k) => !opsA.has(k))),
    operationsRemoved: sorted([...opsA.keys()].filter((k) => !opsB.has(k))),
    operationsChanged: [],
    modelsAdded: [],
    modelsRemoved: [],
    propertiesAdded: [],
    propertiesRemoved: [],
    propertiesChanged: [],
  };
  for (const id of sorted(opsA.keys())) {
    const b = opsB.get(id);
    if (b)
      diff.operationsChanged.push(...operationChanges(opsA.get(id)!, b).map((what) => ({ operationId: id, what })));
  }

  type Named = { kind: "object"; m: ObjectModel } | { kind: "enum"; m: EnumModel };
  const named = (s: ServiceModel): Map<string, Named> =>
    new Map<string, Named>([
      ...s.models.map((m) => [m.name, { kind: "object", m }] as [string, Named]),
      ...s.enums.map((m) => [m.name, { kind: "enum", m }] as [string, Named]),
    ]);
  const a = named(before);
  const b = named(after);
  diff.modelsAdded = sorted([...b.keys()].filter((k) => !a.has(k)));
  diff.modelsRemoved = sorted([...a.keys()].filter((k) => !b.has(k)));
  for (const name of sorted(a.keys())) {
    const x = a.get(name)!;
    const y = b.get(name);
    if (!y) continue;
    if (x.kind !== y.kind) {
      diff.propertiesChanged.push({ model: name, property: "(kind)", what: `${x.kind} → ${y.kind}` });
      continue;
    }
    if (x.kind === "enum" && y.kind === "enum") {
      const va = new Set(x.m.values.map((v) => v.value));
      const vb = new Set(y.m.values.map((v) => v.value));
      for (const v of sorted([...vb].filter((v) => !va.has(v))))
        diff.propertiesChanged.push({ model: name, property: "(values)", what: `value \`${v}\` added` });
      for (const v of sorted([...va].filter((v) => !vb.has(v))))
        diff.propertiesChanged.push({ model: name, property: "(values)", what: `value \`${v}\` removed` });
      continue;
    }
    if (x.kind === "object" && y.kind === "object") {
      const pa = byKey(x.m.properties, (p) => p.wireName);
      const pb = byKey(y.m.properties, (p) => p.wireName);
      for (const p of sorted([...pb.keys()].filter((k) => !pa.has(k)))) {
        const prop = pb.get(p)!;
        diff.propertiesAdded.push({
          model: name,
          property: prop.name,
          what: `${describeType(prop.type)}, ${prop.required ? "required" : "optional"}${prop.readOnly ? ", read-only" : ""}`,
        });
      }
      for (const p of sorted([...pa.keys()].filter((k) => !pb.has(k)))) {
        diff.propertiesRemoved.push({ model: name, property: pa.get(p)!.name, what: describeType(pa.get(p)!.type) });
      }
      for (const p of sorted([...pa.keys()].filter((k) => pb.has(k)))) {
        const px = pa.get(p)!;
        const py = pb.get(p)!;
        const changes: string[] = [];
        if (describeType(px.type) !== describeType(py.type))
          changes.push(`type ${describeType(px.type)} → ${describeType(py.type)}`);
        if (px.required !== py.required) changes.push(py.required ? "now required" : "now optional");
        if (px.readOnly !== py.readOnly) changes.push(py.readOnly ? "now read-only" : "no longer read-only");
        if (px.name !== py.name) changes.push(`client name ${px.name} → ${py.name}`);
        for (const what of changes) diff.propertiesChanged.push({ model: name, property: py.name, what });
      }
    }
  }
  return diff;
}

function operationChanges(a: Operation, b: Operation): string[] {
  const out: string[] = [];
  if (a.method !== b.method || a.path !== b.path)
    out.push(`${a.method.toUpperCase()} ${a.path} → ${b.method.toUpperCase()} ${b.path}`);
  const pa = byKey(a.parameters, (p) => `${p.in}:${p.wireName}`);
  const pb = byKey(b.parameters, (p) => `${p.in}:${p.wireName}`);
  for (const k of sorted([...pb.keys()].filter((k) => !pa.has(k))))
    out.push(`parameter \`${pb.get(k)!.wireName}\` (${pb.get(k)!.in}) added`);
  for (const k of sorted([...pa.keys()].filter((k) => !pb.has(k))))
    out.push(`parameter \`${pa.get(k)!.wireName}\` (${pa.get(k)!.in}) removed`);
  for (const k of sorted([...pa.keys()].filter((k) => pb.has(k)))) {
    const x = pa.get(k)!;
    const y = pb.get(k)!;
    if (describeType(x.type) !== describeType(y.type))
      out.push(`parameter \`${x.wireName}\` type ${describeType(x.type)} → ${describeType(y.type)}`);
    if (x.required !== y.required) out.push(`parameter \`${x.wireName}\` now ${y.required ? "required" : "optional"}`);
  }
  const body = (o: Operation): string =>
    o.body ? `${describeType(o.body.type)}${o.body.required ? "" : " (optional)"}` : "none";
  if (body(a) !== body(b)) out.push(`body ${body(a)} → ${body(b)}`);
  const codes = (o: Operation): string => o.responses.flatMap((r) => r.statusCodes).join(",");
  if (codes(a) !== codes(b)) out.push(`status codes ${codes(a)} → ${codes(b)}`);
  return out;
}

/**
 * Renders a diff as Markdown for reviewers and the changelog.
 * @param diff - from {@link diffServiceModels}.
 */
export function formatApiDiff(diff: ApiDiff): string {
  const lines: string[] = [`# API changes: ${diff.from} → ${diff.to}`, ""];
  lines.push(
    `Summary: ${diff.operationsAdded.length} operations added, ${diff.operationsRemoved.length} removed, ${diff.operationsChanged.length} operation changes; ` +
      `${diff.modelsAdded.length} models added, ${diff.modelsRemoved.length} removed; ` +
      `${diff.propertiesAdded.length} properties added, ${diff.propertiesRemoved.length} removed, ${diff.propertiesChanged.length} changed.`,
    "",
  );
  const section = (title: string, items: string[]): void => {
    lines.push(`## ${title} (${items.length})`, "");
    lines.push(...(items.length ? items.map((i) => `- ${i}`) : ["- none"]), "");
  };
  section(
    "Operations added",
    diff.operationsAdded.map((o) => `\`${o}\``),
  );
  section(
    "Operations removed",
    diff.operationsRemoved.map((o) => `\`${o}\``),
  );
  section(
    "Operations changed",
    diff.operationsChanged.map((c) => `\`${c.operationId}\`: ${c.what}`),
  );
  section(
    "Models added",
    diff.modelsAdded.map((m) => `\`${m}\``),
  );
  section(
    "Models removed",
    diff.modelsRemoved.map((m) => `\`${m}\``),
  );
  section(
    "Properties added",
    diff.propertiesAdded.map((p) => `\`${p.model}.${p.property}\`: ${p.what}`),
  );
  section(
    "Properties removed",
    diff.propertiesRemoved.map((p) => `\`${p.model}.${p.property}\`: ${p.what}`),
  );
  section(
    "Properties and enum values changed",
    diff.propertiesChanged.map((p) => `\`${p.model}.${p.property}\`: ${p.what}`),
  );
  return lines.join("\n");
}
