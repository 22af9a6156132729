/** Wire checks of application package references against the registered applications. */
import { PackageReferenceError } from "../engine/applications.js";
import { conflict } from "../errors.js";
import type { Account } from "../state/account.js";

/**
 * Checks a pool's `applicationPackageReferences` as the service does when the
 * pool is created or updated: each must name a registered package (or an
 * application with a default version).
 * @param account - The account.
 * @param refs - The references (untrusted JSON; non-arrays are left to the property checks).
 * @throws BatchServiceError 409 `InvalidApplicationPackageReferences`.
 */
export function checkPoolPackageReferences(account: Account, refs: unknown): void {
  if (!Array.isArray(refs)) return;
  for (const ref of refs) {
    try {
      account.applications.resolve(ref);
    } catch (e) {
      if (!(e instanceof PackageReferenceError)) throw e;
      throw conflict(
        "InvalidApplicationPackageReferences",
        "One or more of the specified application package references are invalid.",
        [{ key: "Reason", value: e.message }],
      );
    }
  }
}
