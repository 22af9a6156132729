/**
 * Resource files and output files of tasks against Azure Blob Storage (or
 * Azurite): {@link downloadResourceFiles} before a task's command runs and
 * {@link uploadOutputFiles} after it ends.
 */
export {
  downloadResourceFiles,
  resourceFileProblem,
  DEFAULT_FILE_MODE,
  type ResourceFile,
  type DownloadOptions,
} from "./resourceFiles.js";
export {
  uploadOutputFiles,
  outputFileProblem,
  type OutputFile,
  type TaskDirectories,
  type UploadedFile,
} from "./outputFiles.js";
export {
  StorageTaskError,
  STORAGE_FAILURES,
  redactUrl,
  type TaskFailureInfo,
  type StorageFailureCode,
} from "./failures.js";
export { autoStorageContainer, type AutoStorageOptions } from "./autoStorage.js";
