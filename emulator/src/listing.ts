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
  const page: Json[] = [];
  let lastSeq = 0;
  let more = false;
  for (const item of items) {
    if (item.seq <= after) continue;
    const wire = toWire(item);
    if (filter && !filter(wire)) continue;
    if (page.length === max) {
      more = true;
      break;
    }
    page.push(applySelect(wire, select));
    lastSeq = item.seq;
  }
  const body: Json = { "odata.metadata": `${ctx.account.endpoint}/$metadata#${spec.entitySet}`, value: page };
  if (more) {
    const params = ctx.queryList.filter(([n]) => n.toLowerCase() !== SKIP_TOKEN);
    params.push([SKIP_TOKEN, String(lastSeq)]);
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
