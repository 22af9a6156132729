/** A server answering `GET /jobs/{j}/tasks/{t}/files/{path}` with `bytes` bytes of content, streamed. */
import { createServer } from "node:http";
import { batchHeaders, listenOnLoopback, notFound, type ListeningServer } from "./listen.js";

/** Options of {@link startFileServer}. */
export interface FileServerOptions {
  bytes: number;
}

/** Starts the file server on 127.0.0.1. */
export async function startFileServer(options: FileServerOptions): Promise<ListeningServer> {
  const block = Buffer.alloc(1 << 20, "0123456789abcdef\n");
  const server = createServer((req, res) => {
    req.resume();
    if (req.method !== "GET" || !/^\/jobs\/[^/]+\/tasks\/[^/]+\/files\//.test(req.url ?? "")) return notFound(res);
    res.writeHead(
      200,
      batchHeaders({
        "content-type": "application/octet-stream",
        "content-length": options.bytes,
        "ocp-batch-file-isdirectory": "False",
        "ocp-batch-file-url": `http://${req.headers.host}${req.url}`,
        "ocp-creation-time": new Date(0).toUTCString(),
        "last-modified": new Date(0).toUTCString(),
      }),
    );
    let left = options.bytes;
    const pump = (): void => {
      while (left > 0) {
        const chunk = left >= block.length ? block : block.subarray(0, left);
        left -= chunk.length;
        if (!res.write(chunk)) return void res.once("drain", pump);
      }
      res.end();
    };
    pump();
  });
  return listenOnLoopback(server);
}
