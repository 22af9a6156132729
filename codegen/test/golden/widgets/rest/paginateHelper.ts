// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Widget Service spec, api-version 2030-01-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import type { Client, PathUncheckedResponse } from "@azure-rest/core-client";
import { createRestError } from "@azure-rest/core-client";
import type { PagedAsyncIterableIterator as CorePagedAsyncIterableIterator, PageSettings } from "@azure/core-paging";

export type { PageSettings };

/**
 * One page from `byPage()`: the page's items, with its `continuationToken` (the page's next link;
 * absent on the last page), which `byPage({ continuationToken })` resumes at.
 */
export type ContinuablePage<TItem> = TItem[] & { continuationToken?: string };

/**
 * An async iterator over the items of every page, with `byPage()` to read page by page
 * (`maxPageSize` sets the page size; `continuationToken` resumes at a page's next link).
 */
export type PagedAsyncIterableIterator<
  TItem,
  TPage = ContinuablePage<TItem>,
  TPageSettings = PageSettings,
> = CorePagedAsyncIterableIterator<TItem, TPage, TPageSettings>;

/** The element type of an array type. */
export type GetArrayType<T> = T extends Array<infer TData> ? TData : never;

/** The item type of a pageable operation's response (its `value` array). */
export type PaginateReturn<TResult> = TResult extends { body: { value?: infer TPage } }
  ? GetArrayType<TPage>
  : Array<unknown>;

/** How {@link buildPagedIterator} fetches and reads pages. */
export interface PagedIteratorSource<TItem> {
  /** Sends the first request; `maxPageSize` is the caller's page size, if any. */
  firstPage(maxPageSize?: number): PromiseLike<PathUncheckedResponse>;
  /** Fetches the page at a next link (an absolute URL). */
  nextPage(nextLink: string): PromiseLike<PathUncheckedResponse>;
  /** The status code of a good page. */
  expectedStatus: string;
  /** Converts a page body's items. */
  toItems(items: unknown[]): TItem[];
  /** Builds the error thrown for an unexpected response. */
  toError(response: PathUncheckedResponse): Error;
}

/**
 * The one `odata.nextLink` pager: an async iterator of items with `byPage()`,
 * where a page's continuation token is its next link.
 * @param source - how pages are fetched and read.
 * @returns an iterator over every item of every page.
 */
export function buildPagedIterator<TItem>(source: PagedIteratorSource<TItem>): PagedAsyncIterableIterator<TItem> {
  async function* pages(settings: PageSettings = {}): AsyncIterableIterator<ContinuablePage<TItem>> {
    let response =
      settings.continuationToken !== undefined
        ? await source.nextPage(settings.continuationToken)
        : await source.firstPage(settings.maxPageSize);
    for (;;) {
      if (response.status !== source.expectedStatus) throw source.toError(response);
      const body = (response.body ?? {}) as Record<string, unknown>;
      const items = body["value"];
      if (items !== undefined && !Array.isArray(items)) {
        throw new TypeError(`A page's 'value' is not an array.`);
      }
      const nextLink = body["odata.nextLink"];
      const hasNext = typeof nextLink === "string" && nextLink.length > 0;
      const page: ContinuablePage<TItem> = source.toItems(items ?? []);
      if (hasNext) page.continuationToken = nextLink;
      yield page;
      if (!hasNext) return;
      response = await source.nextPage(nextLink);
    }
  }
  async function* items(): AsyncIterableIterator<TItem> {
    for await (const page of pages()) yield* page;
  }
  const iterator = items();
  return {
    next: () => iterator.next(),
    [Symbol.asyncIterator]() {
      return this;
    },
    byPage: (settings?: PageSettings) => pages(settings),
  };
}

/**
 * Pages through a pageable operation of the rest-level client, following `odata.nextLink`.
 * @param client - the rest-level client that sent the first request.
 * @param initialResponse - the first page's response.
 * @returns an iterator over the items of every page.
 * @example
 * ```ts
 * const first = await client.path("/pools").get();
 * for await (const pool of paginate(client, first)) console.log(pool.id);
 * ```
 */
export function paginate<TResponse extends PathUncheckedResponse>(
  client: Client,
  initialResponse: TResponse,
): PagedAsyncIterableIterator<PaginateReturn<TResponse>> {
  const expectedStatus = initialResponse.status;
  let first = true;
  return buildPagedIterator<PaginateReturn<TResponse>>({
    firstPage: async () => {
      if (!first)
        throw new Error("paginate: the first page was already read; resume with byPage({ continuationToken }).");
      first = false;
      return initialResponse;
    },
    nextPage: (nextLink) => client.pathUnchecked(nextLink).get(),
    expectedStatus,
    toItems: (items) => items as PaginateReturn<TResponse>[],
    toError: (response) => createRestError(response),
  });
}
