/**
 * Nesting limit of JSON request bodies. Everything the emulator stores comes
 * from a body, and a value nested thousands deep would later break rendering
 * it (`JSON.stringify` recursion) for every list that holds it. The scan is
 * iterative over the raw bytes, so it cannot itself overflow the stack.
 */

/**
 * Deepest nesting of arrays and objects accepted in a body. The deepest
 * structure of the Batch API (a job schedule's auto pool's start task's
 * container settings) is about 10 levels.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * The deepest nesting of `[`/`{` in a JSON text, ignoring brackets inside strings.
 * @param body - The raw body (UTF-8).
 * @param stopAbove - Stop scanning once the depth exceeds this (the result is then `stopAbove + 1`).
 * @returns The maximum depth found (0 for a scalar).
 */
export function jsonDepth(body: Buffer, stopAbove = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > stopAbove) return max;
      }
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth--;
    }
  }
  return max;
}
