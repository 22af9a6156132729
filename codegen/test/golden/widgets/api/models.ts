// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Widget Service spec, api-version 2030-01-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import type { WidgetColor } from "../rest/models.js";

export type { WidgetColor };

/**
 * A widget.
 */
export interface Widget {
  /**
   * The color.
   */
  color?: WidgetColor;
  /**
   * What to do on failure.
   * (`onFailure` on the wire)
   * The service's default: `retry`.
   */
  failureMode?: string;
  /**
   * The ID.
   */
  id: string;
  /**
   * When it was made.
   */
  createdAt?: Date;
  /**
   * Bytes, as a string on the wire.
   */
  size?: number;
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
  parts?: Array<WidgetPart>;
}

/**
 * What every widget has.
 */
export interface WidgetBase {
  /**
   * The color.
   */
  color?: WidgetColor;
  /**
   * What to do on failure.
   * (`onFailure` on the wire)
   * The service's default: `retry`.
   */
  failureMode?: string;
}

/**
 * Parameters for creating a widget.
 */
export interface WidgetCreateOptions {
  /**
   * The ID.
   */
  id: string;
  /**
   * The color.
   */
  color?: WidgetColor;
  /**
   * Not before this time.
   */
  notBefore?: Date;
  /**
   * The parts.
   */
  parts?: Array<WidgetPart>;
}

/**
 * An error.
 */
export interface WidgetError {
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
export interface WidgetListResult {
  /**
   * The widgets.
   */
  value?: Array<Widget>;
  /**
   * The next page.
   * (`odata.nextLink` on the wire)
   */
  odataNextLink?: string;
}

/**
 * A part.
 */
export interface WidgetPart {
  /**
   * The part's name.
   * (`partName` on the wire)
   */
  name?: string;
  /**
   * How many.
   */
  count?: number;
  /**
   * A wire name with a run of capitals and no x-ms-client-name.
   */
  makerFQDN?: string;
}
