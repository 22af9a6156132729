// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Widget Service spec, api-version 2030-01-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import type { WidgetColor } from "./models.js";

/**
 * A widget.
 */
export interface WidgetOutput {
  /**
   * The color.
   */
  color?: WidgetColor;
  /**
   * What to do on failure.
   * The service's default: `retry`.
   */
  onFailure?: string;
  /**
   * The ID.
   */
  id: string;
  /**
   * When it was made.
   */
  createdAt?: string;
  /**
   * Bytes, as a string on the wire.
   */
  size?: string;
  /**
   * A ratio.
   */
  ratio?: number;
  /**
   * An ISO 8601 duration.
   */
  timeout?: string;
  /**
   * A link.
   */
  homepage?: string;
  /**
   * A secret.
   * A secret (`x-ms-secret`): sent to the service, never returned by it; keep it out of logs.
   */
  secretCode?: string;
  /**
   * An ARM resource ID.
   */
  subnetId?: string;
  /**
   * Free-form tags.
   */
  tags?: Record<string, string>;
  /**
   * The parts.
   */
  parts?: Array<WidgetPartOutput>;
}

/**
 * What every widget has.
 */
export interface WidgetBaseOutput {
  /**
   * The color.
   */
  color?: WidgetColor;
  /**
   * What to do on failure.
   * The service's default: `retry`.
   */
  onFailure?: string;
}

/**
 * An error.
 */
export interface WidgetErrorOutput {
  /**
   * The code.
   */
  code: string;
  /**
   * The message.
   */
  message?: string;
}

/**
 * A page of widgets.
 */
export interface WidgetListResultOutput {
  /**
   * The widgets.
   */
  value?: Array<WidgetOutput>;
  /**
   * The next page.
   */
  "odata.nextLink"?: string;
}

/**
 * A part.
 */
export interface WidgetPartOutput {
  /**
   * The part's name.
   */
  partName?: string;
  /**
   * How many.
   */
  count?: number;
  /**
   * A wire name with a run of capitals and no x-ms-client-name.
   */
  makerFQDN?: string;
}
