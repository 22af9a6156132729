/** Naming helpers shared by the model builder and the emitters. */

/** `CreatePool` → `createPool`; `OsDisk` → `osDisk`. */
export function lowerFirst(name: string): string {
  return name.length === 0 ? name : name[0].toLowerCase() + name.slice(1);
}

/** `createPool` → `CreatePool`. */
export function upperFirst(name: string): string {
  return name.length === 0 ? name : name[0].toUpperCase() + name.slice(1);
}

/**
 * A model property's client name: the spec's `x-ms-client-name` with the first letter
 * lower-cased (`OsDisk` → `osDisk`), else the wire name as it is (`publicFQDN`, `diskSizeGB`),
 * as the spec's other SDKs name it. Only a wire name that is not an identifier takes the
 * modeler's camel-cased name (`odata.nextLink` → `odataNextLink`).
 */
export function modelPropertyName(wireName: string, clientName: string | undefined, modelerName: string): string {
  if (clientName) return lowerFirst(clientName);
  return isIdentifier(wireName) ? wireName : lowerFirst(modelerName);
}

/** A header's default convenience name: `last-modified` → `lastModified`, `DataServiceId` → `dataServiceId`. */
export function headerPropertyName(wireName: string): string {
  if (!wireName.includes("-")) return lowerFirst(wireName);
  return wireName
    .toLowerCase()
    .split("-")
    .map((part, i) => (i === 0 ? part : upperFirst(part)))
    .join("");
}

/** Whether `name` can be written as a bare TypeScript property key. */
export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}

/** A property key as written in TypeScript source: bare when possible, quoted otherwise. */
export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : JSON.stringify(name);
}

/** A property access expression: `item.id` or `item["odata.nextLink"]`. */
export function propertyAccess(target: string, name: string): string {
  return isIdentifier(name) ? `${target}.${name}` : `${target}[${JSON.stringify(name)}]`;
}

/** Orders strings by code unit (the same on every machine, unlike `localeCompare`). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders by `name`, by code unit. */
export function byName(a: { name: string }, b: { name: string }): number {
  return compareCodeUnits(a.name, b.name);
}

/** Orders `[key, value]` entries by key, by code unit. */
export function byKey(a: readonly [string, unknown], b: readonly [string, unknown]): number {
  return compareCodeUnits(a[0], b[0]);
}

/** The parameter names of a path template, in order: `/pools/{poolId}/nodes/{nodeId}` → `poolId`, `nodeId`. */
export function pathParameterNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
}
