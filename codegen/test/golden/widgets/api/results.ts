// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Widget Service spec, api-version 2030-01-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

/**
 * What `createWidget` returns: the response headers, typed.
 */
export interface CreateWidgetResult {
  /**
   * The ETag.
   */
  etag?: string;
  /**
   * When it changed.
   */
  lastModified?: Date;
}
