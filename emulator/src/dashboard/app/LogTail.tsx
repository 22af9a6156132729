/** A task file (`stdout.txt` or `stderr.txt`) tailed live with offset reads. */
import { useEffect, useRef, useState } from "preact/hooks";
import type { FileSliceResponse } from "../types";
import { getJson } from "./poll";
import { jobApi } from "./route";

/** Most characters kept on screen (older text is dropped from the top). */
const MAX_CHARS = 512 * 1024;

/**
 * Tails one file: reads its tail, then every `intervalMs` what was appended.
 * Stops once the task has completed and the file was read to its end.
 * @param props - Job, task, file name and whether the task is done.
 */
export function LogTail(props: { jobId: string; taskId: string; fileName: string; done: boolean }) {
  const [text, setText] = useState("");
  const [status, setStatus] = useState("Waiting for the file…");
  const doneRef = useRef(props.done);
  doneRef.current = props.done;
  const preRef = useRef<HTMLPreElement>(null);
  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let offset: number | undefined;
    const path = `${jobApi(props.jobId)}/tasks/${encodeURIComponent(props.taskId)}/files/${encodeURIComponent(props.fileName)}`;
    const tick = async (): Promise<void> => {
      const wasDone = doneRef.current;
      let atEnd = false;
      try {
        const slice = await getJson<FileSliceResponse>(
          offset === undefined ? path : `${path}?offset=${offset}`,
          controller.signal,
        );
        if (controller.signal.aborted) return;
        if (!slice.exists) {
          setStatus(wasDone ? "The task wrote no such file." : "Waiting for the file…");
          atEnd = wasDone;
        } else {
          if (offset !== undefined && slice.offset !== offset) setText(""); // the file was replaced
          if (slice.text !== "") setText((t) => (t + slice.text).slice(-MAX_CHARS));
          offset = slice.nextOffset;
          atEnd = slice.nextOffset >= slice.size;
          setStatus(`${slice.size.toLocaleString("en-US")} bytes${wasDone && atEnd ? " · complete" : " · live"}`);
        }
      } catch (e) {
        if (controller.signal.aborted) return;
        setStatus(`Could not read: ${e instanceof Error ? e.message : String(e)}`);
      }
      // One read that started after the task completed and reached the end is the last.
      if (wasDone && atEnd) return;
      timer = setTimeout(() => void tick(), atEnd ? 700 : 50);
    };
    void tick();
    return () => {
      controller.abort();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [props.jobId, props.taskId, props.fileName]);
  useEffect(() => {
    const pre = preRef.current;
    if (pre) pre.scrollTop = pre.scrollHeight;
  }, [text]);
  const id = `log-${props.fileName.replace(/\W/g, "-")}`;
  return (
    <section class="log" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {props.fileName} <span class="muted small">{status}</span>
      </h3>
      <pre
        ref={preRef}
        id={id}
        class="log-text"
        role="log"
        aria-live="polite"
        aria-labelledby={`${id}-title`}
        tabIndex={0}
        data-file={props.fileName}
      >
        {text}
      </pre>
    </section>
  );
}
