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

/**
 * Thrown, before anything is sent, when a listing would leave the client's origin or go round in
 * a circle: a next link (or a `byPage({ continuationToken })` token) that is not an absolute URL on
 * the origin (scheme, host, port) of the listing's first request or of `origin`, or a next link the
 * listing has already fetched.
 */
export class UnsafeNextLinkError extends Error {
  /** `"NextLinkOtherOrigin"`, `"NextLinkInvalid"` or `"NextLinkLoop"`. */
  readonly code: "NextLinkOtherOrigin" | "NextLinkInvalid" | "NextLinkLoop";

  /**
   * @param code - what is wrong with the link.
   * @param message - the explanation (names the origins, never the link's query).
   */
  constructor(code: UnsafeNextLinkError["code"], message: string) {
    super(message);
    this.name = "UnsafeNextLinkError";
    this.code = code;
  }
}

/** The origin of an absolute URL, or undefined when it is not one. */
function originOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * Checks a next link before it is fetched: absolute, on `origin` (when known), not fetched before.
 * @param link - the next link or continuation token.
 * @param origin - the origin the listing is pinned to.
 * @param visited - the links fetched so far (the link is added).
 * @returns the link to fetch: the same, its scheme in lower case (`HTTPS://` is `https://`, and a
 *   rest-level client takes only a lower-case scheme for an absolute URL).
 */
function checkNextLink(link: string, origin: string | undefined, visited: Set<string>): string {
  const linkOrigin = originOf(link);
  if (linkOrigin === undefined || linkOrigin === "null") {
    throw new UnsafeNextLinkError(
      "NextLinkInvalid",
      "A next link is not an absolute http(s) URL; it was not followed.",
    );
  }
  if (origin !== undefined && linkOrigin !== origin) {
    throw new UnsafeNextLinkError(
      "NextLinkOtherOrigin",
      `A next link points at ${linkOrigin}, not at the client's origin ${origin}; it was not followed and nothing was sent.`,
    );
  }
  if (visited.has(link)) {
    throw new UnsafeNextLinkError(
      "NextLinkLoop",
      "A next link points at a page this listing has already fetched; the listing stopped.",
    );
  }
  visited.add(link);
  return link.replace(/^https?:/i, (scheme) => scheme.toLowerCase());
}

/** How {@link buildPagedIterator} fetches and reads pages. */
export interface PagedIteratorSource<TItem> {
  /** Sends the first request; `maxPageSize` is the caller's page size, if any. */
  firstPage(maxPageSize?: number): PromiseLike<PathUncheckedResponse>;
  /** Fetches the page at a next link (an absolute URL). */
  nextPage(nextLink: string): PromiseLike<PathUncheckedResponse>;
  /**
   * The origin (scheme, host, port) next links and continuation tokens must be on; by default the
   * origin of the first page's request. A continuation token is checked against it before it is
   * fetched.
   */
  origin?: string;
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
    const visited = new Set<string>();
    let origin = source.origin;
    let response: PathUncheckedResponse;
    if (settings.continuationToken !== undefined) {
      response = await source.nextPage(checkNextLink(settings.continuationToken, origin, visited));
    } else {
      response = await source.firstPage(settings.maxPageSize);
    }
    origin ??= originOf(response.request?.url);
    if (response.request?.url) visited.add(response.request.url);
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
      response = await source.nextPage(checkNextLink(nextLink, origin, visited));
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
    // Continuation tokens too stay on the origin the listing started on.
    origin: originOf(initialResponse.request?.url),
    expectedStatus,
    toItems: (items) => items as PaginateReturn<TResponse>[],
    toError: (response) => createRestError(response),
  });
}
