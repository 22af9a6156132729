/** A self-signed certificate for 127.0.0.1, generated at bench start (never stored). */
import { generate } from "selfsigned";

/** A PEM key and certificate; the certificate is also the CA clients trust. */
export interface LoopbackCertificate {
  key: string;
  cert: string;
}

/** Generates a fresh self-signed certificate valid for 127.0.0.1 for one day. */
export async function generateLoopbackCertificate(): Promise<LoopbackCertificate> {
  const now = new Date();
  const pems = await generate([{ name: "commonName", value: "127.0.0.1" }], {
    keySize: 2048,
    notBeforeDate: new Date(now.getTime() - 60_000),
    notAfterDate: new Date(now.getTime() + 86_400_000),
    extensions: [
      { name: "basicConstraints", cA: true },
      { name: "subjectAltName", altNames: [{ type: 7, ip: "127.0.0.1" }] },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
