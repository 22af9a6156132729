/**
 * The generator's own model of a service: what the emitters and the API diff read.
 *
 * It is built from modelerfour's code model (see `fromCodeModel.ts`), holds only plain
 * data, and every list in it is sorted or kept in spec order so that emission is
 * deterministic.
 */

/** A reference to a type, as used by properties, parameters, headers and bodies. */
export type TypeRef =
  | { kind: "string"; format?: StringFormat }
  | { kind: "number"; format: "int32" | "int64" | "float" | "double" }
  | { kind: "boolean" }
  | { kind: "model"; name: string }
  | { kind: "enum"; name: string }
  | { kind: "constant"; value: string | number | boolean }
  | { kind: "array"; items: TypeRef }
  | { kind: "dictionary"; values: TypeRef }
  | { kind: "binary" }
  | { kind: "unknown" };

/** The string formats the generator understands. */
export type StringFormat = "date-time" | "date-time-rfc7231" | "duration" | "uri" | "password" | "arm-id" | "int64";

/** A property of an object model. */
export interface Property {
  /** Client name (x-ms-client-name honoured), first letter lower-cased. */
  name: string;
  /** Name on the wire. */
  wireName: string;
  description: string;
  required: boolean;
  readOnly: boolean;
  secret: boolean;
  type: TypeRef;
  /** The spec's `default`, when it declares one. */
  defaultValue?: string | number | boolean;
}

/** An object definition. */
export interface ObjectModel {
  name: string;
  description: string;
  properties: Property[];
  /** Whether the model is sent (input), received (output), or both. */
  usage: { input: boolean; output: boolean };
  /** Extra properties allowed beyond the named ones. */
  additionalProperties?: TypeRef;
}

/** An enum definition (`x-ms-enum`), emitted as a string-literal union. */
export interface EnumModel {
  name: string;
  description: string;
  values: { value: string; description: string }[];
}

/** An operation parameter that is not the body. */
export interface Parameter {
  /** Client name (configurable rename applied), first letter lower-cased. */
  name: string;
  wireName: string;
  in: "path" | "query" | "header";
  description: string;
  required: boolean;
  type: TypeRef;
  /** For arrays in query: how values are joined. */
  collectionFormat?: "csv";
  skipUrlEncoding: boolean;
}

/** The request body of an operation. */
export interface BodyParameter {
  name: string;
  description: string;
  required: boolean;
  type: TypeRef;
  contentType: string;
}

/** A response header. */
export interface ResponseHeader {
  wireName: string;
  /** Convenience name (configurable rename applied). */
  name: string;
  description: string;
  type: TypeRef;
}

/** One declared response of an operation. */
export interface Response {
  statusCodes: string[];
  description: string;
  body?: TypeRef;
  headers: ResponseHeader[];
  mediaTypes: string[];
}

/** One operation of the spec. */
export interface Operation {
  /** e.g. `Pools`. */
  group: string;
  /** e.g. `Pools_CreatePool`. */
  operationId: string;
  /** PascalCase operation name, e.g. `CreatePool`: names the rest-level types. */
  name: string;
  /** Convenience method name, e.g. `createPool` (configurable rename applied). */
  methodName: string;
  method: "get" | "put" | "post" | "patch" | "delete" | "head";
  path: string;
  summary: string;
  description: string;
  parameters: Parameter[];
  body?: BodyParameter;
  responses: Response[];
  /** The error (default) response body. */
  errorBody?: TypeRef;
  paging?: { itemName: string; nextLinkName: string };
  /** The constant Accept header the operation sends, when the spec declares one. */
  accept?: string;
}

/** The whole service. */
export interface ServiceModel {
  title: string;
  description: string;
  apiVersion: string;
  /** The host parameter (`x-ms-parameterized-host`). */
  endpoint: { name: string; description: string };
  scopes: string[];
  models: ObjectModel[];
  enums: EnumModel[];
  /** String definitions that are plain aliases of `string`. */
  aliases: { name: string; description: string }[];
  operations: Operation[];
}
