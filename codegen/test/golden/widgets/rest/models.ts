// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Widget Service spec, api-version 2030-01-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

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
  notBefore?: Date | string;
  /**
   * The parts.
   */
  parts?: Array<WidgetPart>;
}

/**
 * A part.
 */
export interface WidgetPart {
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

/**
 * Widget colors.
 *
 * Possible values:
 * - `red`: Red.
 * - `green`: Green.
 */
export type WidgetColor = "red" | "green";
