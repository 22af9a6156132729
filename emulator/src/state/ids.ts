/**
 * How the emulator keys its records by ID: the service compares IDs ignoring case.
 */

/**
 * The key records are found by: the ID in lower case, ASCII letters only. IDs are ASCII, and
 * `toLowerCase` would fold some other letters into ASCII ones (the Kelvin sign into `k`), so a
 * path naming `\u212A` would find, and delete, the job `k`.
 * @param id - The ID as the request names it.
 */
export function idKey(id: string): string {
  return id.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}
