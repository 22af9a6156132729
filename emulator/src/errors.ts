/**
 * Batch service errors: the exception type the handlers throw and the JSON
 * body the service answers with.
 */

/** One `{ key, value }` pair of a Batch error's `values`. */
export interface BatchErrorDetail {
  /** Detail name, for example `PropertyName`. */
  key: string;
  /** Detail value. */
  value: string;
}

/**
 * An error the emulator answers with: an HTTP status, a Batch error code and a
 * message. Handlers throw it; the server turns it into a Batch error body.
 */
export class BatchServiceError extends Error {
  /** HTTP status code of the response. */
  readonly status: number;
  /** Batch error code, for example `PoolNotFound`. */
  readonly code: string;
  /** Extra details for the `values` array of the body. */
  readonly values: BatchErrorDetail[];

  /**
   * @param status - HTTP status code.
   * @param code - Batch error code.
   * @param message - Human-readable message (the request id and time are appended on the wire).
   * @param values - Optional details.
   */
  constructor(status: number, code: string, message: string, values: BatchErrorDetail[] = []) {
    super(message);
    this.name = "BatchServiceError";
    this.status = status;
    this.code = code;
    this.values = values;
  }
}

/** 400 `MissingRequiredProperty` for a body property. */
export function missingProperty(name: string): BatchServiceError {
  return new BatchServiceError(
    400,
    "MissingRequiredProperty",
    "A required property was not specified in the request body.",
    [{ key: "PropertyName", value: name }],
  );
}

/** 400 `InvalidPropertyValue` for a body (or path) property. */
export function invalidProperty(name: string, reason: string): BatchServiceError {
  return new BatchServiceError(
    400,
    "InvalidPropertyValue",
    "The value provided for one of the properties in the request body is invalid.",
    [
      { key: "PropertyName", value: name },
      { key: "Reason", value: reason },
    ],
  );
}

/** 400 `InvalidQueryParameterValue` for a query parameter. */
export function invalidQuery(name: string, value: string, reason: string): BatchServiceError {
  return new BatchServiceError(
    400,
    "InvalidQueryParameterValue",
    "Value for one of the query parameters specified in the request URI is invalid.",
    [
      { key: "QueryParameterName", value: name },
      { key: "QueryParameterValue", value },
      { key: "Reason", value: reason },
    ],
  );
}

/** 404 `<Kind>NotFound`, for example `notFound("Pool", id)` gives `PoolNotFound`. */
export function notFound(kind: string, id: string): BatchServiceError {
  const words = kind.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return new BatchServiceError(404, `${kind}NotFound`, `The specified ${words} does not exist.`, [
    { key: `${kind}Id`, value: id },
  ]);
}

/** 409 conflict with the given code. */
export function conflict(code: string, message: string, values: BatchErrorDetail[] = []): BatchServiceError {
  return new BatchServiceError(409, code, message, values);
}

/** 409 `OperationInvalidForCurrentState`. */
export function invalidState(message: string): BatchServiceError {
  return conflict("OperationInvalidForCurrentState", message);
}

/**
 * The JSON body of a Batch error response.
 * @param endpoint - Account endpoint, used for `odata.metadata`.
 * @param err - The error.
 * @param requestId - The response's `request-id`, appended to the message like the service does.
 * @param now - Time stamp appended to the message.
 */
export function errorBody(
  endpoint: string,
  err: BatchServiceError,
  requestId: string,
  now: Date,
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    "odata.metadata": `${endpoint}/$metadata#Microsoft.Azure.Batch.Protocol.Entities.Container.errors/@Element`,
    code: err.code,
    message: { lang: "en-US", value: `${err.message}\nRequestId:${requestId}\nTime:${now.toISOString()}` },
  };
  if (err.values.length > 0) body.values = err.values;
  return body;
}
