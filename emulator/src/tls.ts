/**
 * The HTTPS certificate: given as PEM files (`--cert`/`--key`), or generated
 * at start (with the `selfsigned` library) for `127.0.0.1`, `::1`,
 * `localhost` and the configured host names, and written to
 * `<dataDir>/tls/` so that clients can trust it.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { isIP } from "node:net";
import { join } from "node:path";
import { generate } from "selfsigned";

/** Certificate and key (PEM) and where the certificate is on disk. */
export interface TlsMaterial {
  /** Certificate, PEM. */
  cert: string;
  /** Private key, PEM. */
  key: string;
  /** Path of the certificate file (the generated one, or the `--cert` file given). */
  certPath: string;
}

/** Where a given certificate and key are. */
export interface TlsFiles {
  /** Certificate file (PEM). */
  cert: string;
  /** Private key file (PEM). */
  key: string;
}

/**
 * Reads the given certificate, or generates one valid for a year.
 * @param dataDir - Where a generated certificate is written (`tls/cert.pem`, `tls/key.pem`, key mode 0600).
 * @param hostNames - Names (and addresses) besides the loopback ones to put in the certificate.
 * @param files - A certificate and key to use instead of generating.
 * @returns The PEM texts and the certificate's path.
 */
export async function loadOrCreateTls(
  dataDir: string,
  hostNames: readonly string[],
  files?: TlsFiles,
): Promise<TlsMaterial> {
  if (files) {
    // One after the other, so that when both are unreadable the error always names the certificate.
    const cert = await readFile(files.cert, "utf8");
    const key = await readFile(files.key, "utf8");
    return { cert, key, certPath: files.cert };
  }
  const names = new Set(["localhost", "127.0.0.1", "::1", ...hostNames.map((n) => n.replace(/^\[|\]$/g, ""))]);
  names.delete("0.0.0.0");
  names.delete("::");
  const altNames = [...names].map((n) => (isIP(n) ? { type: 7 as const, ip: n } : { type: 2 as const, value: n }));
  const notBeforeDate = new Date(Date.now() - 60_000);
  const pems = await generate([{ name: "commonName", value: "azbatch-emulator" }], {
    keyType: "ec",
    curve: "P-256",
    algorithm: "sha256",
    notBeforeDate,
    notAfterDate: new Date(notBeforeDate.getTime() + 365 * 24 * 3600_000),
    extensions: [
      { name: "basicConstraints", cA: true },
      { name: "keyUsage", digitalSignature: true, keyCertSign: true },
      { name: "extKeyUsage", serverAuth: true },
      { name: "subjectAltName", altNames },
    ],
  });
  const dir = join(dataDir, "tls");
  await mkdir(dir, { recursive: true });
  const certPath = join(dir, "cert.pem");
  await writeFile(certPath, pems.cert);
  await writeFile(join(dir, "key.pem"), pems.private, { mode: 0o600 });
  return { cert: pems.cert, key: pems.private, certPath };
}
