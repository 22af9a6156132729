/**
 * A task listing for `waitForTasks` (src/waitForTasks.ts) that reads only what it needs from each
 * task (`id`, `state`, `executionInfo.result`) instead of building the whole `BatchTask` model:
 * less work per task, and a bundle without the task model's deserializers.
 */

import { operationOptionsToRequestParameters } from "@azure-rest/core-client";
import type { BatchContext } from "../generated/api/batchContext.js";
import { commonHeaders } from "../generated/api/commonHeaders.js";
import type { ListTasksOptionalParams } from "../generated/api/options.js";
import { _listTasksSend } from "../generated/api/tasks/operations.js";
import { buildPagedIterator, type PagedAsyncIterableIterator } from "../generated/rest/paginateHelper.js";

/** The parts of a task `waitForTasks` looks at (wire names; absent when the service left them out). */
export interface TaskState {
  id?: string;
  state?: string;
  result?: string;
}

/**
 * The states of a page's tasks.
 * @throws TypeError for an item that is not an object (as the pager does for a `value` that is not
 *   an array): counted as a task, it would never complete, or be listed as failed without an ID.
 */
function toTaskStates(items: unknown[]): TaskState[] {
  return items.map((item) => {
    if (item === null || typeof item !== "object" || Array.isArray(item)) {
      throw new TypeError("A task in the listing is not an object.");
    }
    const task = item as { id?: unknown; state?: unknown; executionInfo?: { result?: unknown } };
    const result = task.executionInfo?.result;
    return {
      id: typeof task.id === "string" ? task.id : undefined,
      state: typeof task.state === "string" ? task.state : undefined,
      result: typeof result === "string" ? result : undefined,
    };
  });
}

/**
 * Lists a job's tasks as `listTasks` does (same request, paging and errors), keeping only {@link TaskState}.
 * @param context - The client's context.
 * @param jobId - The job.
 * @param options - The listing's options (`filter`, `select`, `maxresults`, request options).
 */
export function listTaskStates(
  context: BatchContext,
  jobId: string,
  options: ListTasksOptionalParams = {},
): PagedAsyncIterableIterator<TaskState> {
  return buildPagedIterator({
    firstPage: (maxPageSize?: number) => _listTasksSend(context, jobId, options, maxPageSize),
    nextPage: (nextLink: string) =>
      context.client
        .pathUnchecked(nextLink)
        .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
    expectedStatus: "200",
    toItems: toTaskStates,
    toError: (response) => context.createError(response),
  });
}
