/** A server that accepts `POST /jobs/{id}/addtaskcollection` and answers every task `success`, after `delayMs`. */
import { createServer } from "node:http";
import { batchHeaders, listenOnLoopback, notFound, readBody, type ListeningServer } from "./listen.js";

/** Options of {@link startTaskCollectionServer}. */
export interface TaskCollectionServerOptions {
  /** Delay before each answer, as a service's latency (default 0). */
  delayMs?: number;
}

/** Starts the addtaskcollection server on 127.0.0.1. */
export async function startTaskCollectionServer(options: TaskCollectionServerOptions = {}): Promise<ListeningServer> {
  const delayMs = options.delayMs ?? 0;
  const server = createServer(async (req, res) => {
    const match = /^\/jobs\/([^/?]+)\/addtaskcollection(\?|$)/.exec(req.url ?? "");
    if (req.method !== "POST" || !match) {
      req.resume();
      return notFound(res);
    }
    const { value } = JSON.parse((await readBody(req)).toString("utf8")) as { value: Array<{ id: string }> };
    const lastModified = new Date().toISOString();
    const base = `http://${req.headers.host}/jobs/${match[1]}/tasks/`;
    const answer = JSON.stringify({
      "odata.metadata": `http://${req.headers.host}/$metadata#taskaddresult`,
      value: value.map((t) => ({
        status: "success",
        taskId: t.id,
        eTag: "0x8DD1A2B3C4D5E6F",
        lastModified,
        location: base + t.id,
      })),
    });
    const send = (): void => {
      res.writeHead(
        200,
        batchHeaders({
          "content-type": "application/json;odata=minimalmetadata",
          "content-length": Buffer.byteLength(answer),
        }),
      );
      res.end(answer);
    };
    if (delayMs > 0) setTimeout(send, delayMs);
    else send();
  });
  return listenOnLoopback(server);
}
