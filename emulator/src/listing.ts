/** Answers list operations: `$filter`, `$select`, `$expand`, `maxresults` and `odata.nextLink` paging. */
import type { RequestContext } from "./context.js";
import { invalidQuery } from "./errors.js";
import { applySelect, checkExpand, compileFilter, parseMaxResults, parseSelect, type FilterSchema } from "./odata.js";
import type { Json } from "./state/model.js";

/** How one list operation treats its query. */
export interface ListSpec {
  /** Fields `$filter` may use; omit when the operation has no `$filter`. */
  filter?: FilterSchema;
  /** Top-level properties `$select` may name; omit when the operation has no `$select`. */
  select?: ReadonlySet<string>;
  /** Accepted `$expand` values; omit when the operation has no `$expand`. */
  expand?: readonly string[];
  /** Entity set name for `odata.metadata` (`pools`, `jobs`, ...). */
  entitySet: string;
}

/** The name of the continuation token parameter in `odata.nextLink`. */
export const SKIP_TOKEN = "$skiptoken";

/**
 * Sends a page of a list: items are filtered, projected and cut at
 * `maxresults`; when more match, `odata.nextLink` is an absolute URL to the
 * same list carrying a `$skiptoken` (the creation sequence of the last item).
 * @param ctx - The request.
 * @param items - Items in ascending `seq` order.
 * @param toWire - Renders an item.
 * @param spec - Query support of the operation.
 */
export function sendList<T extends { seq: number }>(
  ctx: RequestContext,
  items: Iterable<T>,
  toWire: (item: T) => Json,
  spec: ListSpec,
): void {
  const page = selectPage(ctx, items, toWire, spec);
  sendPage(ctx, spec, page, page.views);
}

/** The items of one page of a list, chosen by {@link selectPage}. */
export interface ListPage<T> {
  /** The page's items, in order. */
  items: T[];
  /** What the filter saw of each (the wire form, for {@link sendList}). */
  views: Json[];
  /** More items match after the page. */
  more: boolean;
  /** The `seq` of the page's last item. */
  lastSeq: number;
  /** The `$select` to apply. */
  select: ReturnType<typeof parseSelect> | undefined;
}

/**
 * Chooses a page of a list as {@link sendList} does, filtering on `view` of each item: for a list
 * whose items are costly to render in full (task files, each a `stat`), `view` gives only what
 * `$filter` may use, and the page's items are rendered afterwards ({@link sendPage}).
 * @param ctx - The request.
 * @param items - Items in ascending `seq` order.
 * @param view - What `$filter` sees of an item.
 * @param spec - Query support of the operation.
 * @returns The page.
 */
export function selectPage<T extends { seq: number }>(
  ctx: RequestContext,
  items: Iterable<T>,
  view: (item: T) => Json,
  spec: ListSpec,
): ListPage<T> {
  const max = parseMaxResults(ctx.q("maxresults"));
  const filterText = ctx.q("$filter");
  if (filterText !== undefined && !spec.filter)
    throw invalidQuery("$filter", filterText, "This operation does not support $filter in the emulator.");
  const filter =
    filterText !== undefined && filterText.trim() !== "" ? compileFilter(filterText, spec.filter!) : undefined;
  const selectText = ctx.q("$select");
  if (selectText !== undefined && !spec.select)
    throw invalidQuery("$select", selectText, "This operation does not support $select.");
  const select = spec.select ? parseSelect(selectText, spec.select) : undefined;
  const expandText = ctx.q("$expand");
  if (expandText !== undefined && !spec.expand)
    throw invalidQuery("$expand", expandText, "This operation does not support $expand.");
  checkExpand(expandText, spec.expand ?? []);
  const tokenText = ctx.q(SKIP_TOKEN);
  let after = 0;
  if (tokenText !== undefined) {
    if (!/^\d+$/.test(tokenText)) throw invalidQuery(SKIP_TOKEN, tokenText, "Invalid continuation token.");
    after = Number(tokenText);
  }
  const page: ListPage<T> = { items: [], views: [], more: false, lastSeq: 0, select };
  for (const item of items) {
    if (item.seq <= after) continue;
    const seen = view(item);
    if (filter && !filter(seen)) continue;
    if (page.items.length === max) {
      page.more = true;
      break;
    }
    page.items.push(item);
    page.views.push(seen);
    page.lastSeq = item.seq;
  }
  return page;
}

/**
 * Sends a page {@link selectPage} chose, given its items' wire forms.
 * @param ctx - The request.
 * @param spec - Query support of the operation.
 * @param page - The page.
 * @param wires - The wire form of each of its items, in order.
 */
export function sendPage<T>(ctx: RequestContext, spec: ListSpec, page: ListPage<T>, wires: Json[]): void {
  const body: Json = {
    "odata.metadata": `${ctx.account.endpoint}/$metadata#${spec.entitySet}`,
    value: wires.map((wire) => applySelect(wire, page.select)),
  };
  if (page.more) {
    const params = ctx.queryList.filter(([n]) => n.toLowerCase() !== SKIP_TOKEN);
    params.push([SKIP_TOKEN, String(page.lastSeq)]);
    const query = params
      .map(([n, v]) => `${encodeURIComponent(n).replace(/^%24/, "$")}=${encodeURIComponent(v)}`)
      .join("&");
    body["odata.nextLink"] = `${ctx.baseUrl}${ctx.rawPath}?${query}`;
  }
  ctx.sendJson(200, body);
}

/**
 * Applies `$select` (and checks `$expand`) of a single-resource GET.
 * @param ctx - The request.
 * @param wire - The rendered resource.
 * @param select - Selectable properties.
 * @param expand - Accepted `$expand` values, or undefined when not supported.
 * @returns The projected resource.
 */
export function projectOne(
  ctx: RequestContext,
  wire: Json,
  select: ReadonlySet<string>,
  expand?: readonly string[],
): Json {
  const expandText = ctx.q("$expand");
  if (expandText !== undefined && !expand)
    throw invalidQuery("$expand", expandText, "This operation does not support $expand.");
  checkExpand(expandText, expand ?? []);
  return applySelect(wire, parseSelect(ctx.q("$select"), select));
}
