/**
 * How resource file downloads and output file uploads fail: the task's
 * `failureInfo` with the service's categories and codes (task scheduling error
 * codes such as `BlobNotFound`, `BlobAccessDenied`, `BlobDownloadMiscError`,
 * `ResourceContainerAccessDenied`, `ResourceContainerListMiscError`,
 * `ResourceFileCreateFailed`, and `FileUploadMiscError` for uploads).
 */

/** A task's `failureInfo` (the spec's `BatchTaskFailureInfo`). */
export interface TaskFailureInfo {
  category: "usererror" | "servererror";
  code: string;
  message: string;
  details?: { name: string; value: string }[];
}

/** The codes this module reports, with their category and the service's message. */
export const STORAGE_FAILURES = {
  BlobNotFound: { category: "usererror", message: "One of the specified Azure Blob(s) is not found." },
  BlobAccessDenied: { category: "usererror", message: "Access for one of the specified Azure Blob(s) is denied." },
  BlobDownloadTimedOut: {
    category: "servererror",
    message: "Timeout encountered while downloading one of the specified Azure Blob(s).",
  },
  BlobDownloadMiscError: {
    category: "servererror",
    message: "Miscellaneous error encountered while downloading one of the specified Azure Blob(s).",
  },
  ResourceContainerAccessDenied: {
    category: "usererror",
    message: "Access for one of the specified Azure Blob container(s) is denied.",
  },
  ResourceContainerListMiscError: {
    category: "usererror",
    message: "Miscellaneous error encountered while listing one of the specified Azure Blob container(s).",
  },
  ResourceDirectoryCreateFailed: {
    category: "servererror",
    message: "Failure encountered creating resource directory for the task.",
  },
  ResourceFileCreateFailed: { category: "servererror", message: "Failure encountered creating resource file." },
  ResourceFileWriteFailed: { category: "servererror", message: "Failure encountered writing resource file." },
  FileUploadMiscError: {
    category: "usererror",
    message: "Miscellaneous error encountered while uploading one of the output files.",
  },
} as const;

/** A code of {@link STORAGE_FAILURES}. */
export type StorageFailureCode = keyof typeof STORAGE_FAILURES;

/** A download or upload failed; `failureInfo` is what the task reports. */
export class StorageTaskError extends Error {
  readonly failureInfo: TaskFailureInfo;
  /**
   * @param code - The failure code.
   * @param detail - What went wrong (pass URLs through {@link redactUrl}; every URL in it, also one
   *   quoted by an error message of a library, is reduced to scheme, host and path here).
   */
  constructor(code: StorageFailureCode, givenDetail: string) {
    const known = STORAGE_FAILURES[code];
    const detail = redactUrls(givenDetail);
    super(`${known.message} ${detail}`);
    this.name = "StorageTaskError";
    this.failureInfo = {
      category: known.category,
      code,
      message: known.message,
      details: [{ name: "Message", value: detail }],
    };
  }
}

/**
 * A URL without its query (a SAS token is a secret) and without user info.
 * @param url - Any URL text.
 * @returns The URL up to its path, or `<invalid URL>`.
 */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return "<invalid URL>";
  }
}

/**
 * Every http(s) URL in a text reduced by {@link redactUrl} (no user name, password, query or
 * fragment: where a SAS and basic credentials are).
 * @param text - The text, such as an error message that quotes the URL it was given.
 */
export function redactUrls(text: string): string {
  return text.replace(/\bhttps?:\/\/[^\s'"<>]+/gi, (url) => redactUrl(url));
}

/**
 * Retries of the Storage clients: a few quick ones, so that a task whose
 * storage is unreachable fails within seconds instead of the SDK's minutes.
 */
export const STORAGE_PIPELINE_OPTIONS = {
  retryOptions: { maxTries: 3, retryDelayInMs: 200, maxRetryDelayInMs: 1000, tryTimeoutInMs: 120_000 },
};
