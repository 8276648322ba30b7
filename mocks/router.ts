/**
 * Finds the operation for a method and path with an exact path table and, for templated paths,
 * one compiled pattern per template, most specific first. Prism's own router sorts and matches
 * every operation on every request; this one does a Map lookup for most requests.
 */

/** What the router needs of an operation. */
export interface Routable {
  /** Lower-case method. */
  readonly method: string;
  /** Path template as in the spec: `/api/transfer/{order_id}/{user_id}`. */
  readonly path: string;
}

export type Routed<T extends Routable> =
  | {
      readonly kind: "found";
      readonly operation: T;
      readonly params: Readonly<Record<string, string>>;
      /** The path as the spec knows it (trailing slash and server base path removed). */
      readonly path: string;
    }
  | { readonly kind: "no-path" }
  | { readonly kind: "no-method"; readonly allowed: readonly string[] };

interface CompiledRoute<T> {
  readonly operation: T;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  /** Static segments count: more specific templates win. */
  readonly weight: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function compileRoute<T extends Routable>(operation: T): CompiledRoute<T> {
  const names: string[] = [];
  let weight = 0;
  const source = operation.path
    .split("/")
    .map((segment) => {
      if (!segment.includes("{")) {
        weight += 1;
        return escapeRegExp(segment);
      }
      return segment
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const name = /^\{([^}]+)\}$/.exec(part)?.[1];
          if (name === undefined) return escapeRegExp(part);
          names.push(name);
          return "([^/]+)";
        })
        .join("");
    })
    .join("/");
  return { operation, pattern: new RegExp(`^${source}/?$`), names, weight };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Builds the router for a spec's operations. `basePaths` are server URL paths (e.g. Mercuryo's
 * `/v1.6`) that may stand before the spec's paths: both forms route.
 */
export function createRouter<T extends Routable>(
  operations: readonly T[],
  basePaths: readonly string[] = [],
): (method: string, path: string) => Routed<T> {
  const exact = new Map<string, T>();
  const templated = new Map<string, CompiledRoute<T>[]>();
  const methodsByPath = new Map<string, Set<string>>();
  for (const operation of operations) {
    const methods = methodsByPath.get(operation.path) ?? new Set<string>();
    methods.add(operation.method.toUpperCase());
    methodsByPath.set(operation.path, methods);
    if (operation.path.includes("{")) {
      const list = templated.get(operation.method) ?? [];
      list.push(compileRoute(operation));
      templated.set(operation.method, list);
    } else {
      exact.set(`${operation.method} ${operation.path}`, operation);
    }
  }
  for (const list of templated.values()) list.sort((a, b) => b.weight - a.weight);
  const allTemplates = [...templated.values()].flat();

  const matchTemplate = (routes: readonly CompiledRoute<T>[] | undefined, path: string) => {
    for (const route of routes ?? []) {
      const m = route.pattern.exec(path);
      if (m === null) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = safeDecode(m[i + 1] ?? "");
      });
      return { operation: route.operation, params };
    }
    return undefined;
  };

  const routeExact = (method: string, path: string): Routed<T> => {
    const m = method.toLowerCase();
    const trimmed = path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
    const hit = exact.get(`${m} ${trimmed}`);
    if (hit !== undefined) return { kind: "found", operation: hit, params: {}, path: trimmed };
    const found = matchTemplate(templated.get(m), trimmed);
    if (found !== undefined) return { kind: "found", ...found, path: trimmed };
    const allowed =
      methodsByPath.get(trimmed) ?? methodsByPath.get(matchTemplate(allTemplates, trimmed)?.operation.path ?? "");
    return allowed === undefined ? { kind: "no-path" } : { kind: "no-method", allowed: [...allowed] };
  };

  return (method, path) => {
    const direct = routeExact(method, path);
    if (direct.kind === "found") return direct;
    const base = basePaths.find((b) => path.startsWith(`${b}/`));
    return base === undefined ? direct : routeExact(method, path.slice(base.length));
  };
}
