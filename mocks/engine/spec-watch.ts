/**
 * Hot reload of specs (`watch: true`, `paymock start --watch`): watches each served spec and the
 * files it `$ref`s; an edit is checked (./spec-check.ts), loaded into a new SpecEngine and swapped in,
 * so state, sessions and the journal stay. An edit that breaks the spec keeps the previous version
 * serving and is reported with file and line (log and dashboard).
 */
import { resolve } from "node:path";
import { type FSWatcher, watch } from "chokidar";
import type { Logger } from "pino";
import type { ApiId } from "../../src/apis.js";
import type { Operation, SpecEngine } from "../prism.js";
import { checkSpec, type ExampleMemo, formatProblem, type SpecProblem } from "./spec-check.js";

/** Which operations an edit added, removed or changed (by operationId). */
export interface OperationDiff {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

/** What the mock serves for one API and how its last edit went. */
export interface SpecStatus {
  readonly api: ApiId;
  readonly file: string;
  /** `error`: the last edit was refused and the previous version still serves. */
  readonly state: "serving" | "reloading" | "error";
  /** 1 at start, +1 per version swapped in. */
  readonly version: number;
  /** Edits checked so far (swapped in or refused). */
  readonly checks: number;
  readonly loadedAt: string;
  readonly operations: number;
  /** Why the last edit was refused (empty unless `state` is `error`). */
  readonly problems: readonly SpecProblem[];
  readonly lastChange: OperationDiff | undefined;
}

export interface SpecWatcher {
  /** Resolves once the files are watched (edits before that may be missed). */
  readonly ready: Promise<void>;
  status(): SpecStatus[];
  /** Checks and swaps in the file of `api` now (what a change event does). */
  reload(api: ApiId): Promise<SpecStatus>;
  close(): Promise<void>;
}

export interface SpecWatchOptions {
  /** The spec file of each watched API. */
  readonly files: Readonly<Partial<Record<ApiId, string>>>;
  engine(api: ApiId): SpecEngine;
  replaceEngine(api: ApiId, engine: SpecEngine): void;
  load(file: string): Promise<SpecEngine>;
  /** operationIds the API's flows script (reported when a new version lacks them). */
  scripted(api: ApiId): readonly string[];
  readonly logger: Logger;
  readonly now: () => number;
  /** Quiet time after the last file event before reloading (editors write in bursts). */
  readonly debounceMs?: number;
}

const fingerprintOf = (op: Operation) => JSON.stringify(op.raw);

/** Compares two versions of a spec by operationId. */
export function diffOperations(before: readonly Operation[], after: readonly Operation[]): OperationDiff {
  const old = new Map(before.map((op) => [op.id, fingerprintOf(op)]));
  const next = new Map(after.map((op) => [op.id, fingerprintOf(op)]));
  return {
    added: [...next.keys()].filter((id) => !old.has(id)),
    removed: [...old.keys()].filter((id) => !next.has(id)),
    changed: [...next.entries()].filter(([id, fp]) => old.has(id) && old.get(id) !== fp).map(([id]) => id),
  };
}

/** Scripted operations a spec does not declare: the mock cannot route to them. */
export function findMissingScripted(scripted: readonly string[], engine: SpecEngine): string[] {
  const ids = new Set(engine.operations.map((op) => op.id));
  return scripted.filter((id) => !ids.has(id));
}

const listOf = (ids: readonly string[]) => (ids.length > 8 ? `${ids.slice(0, 8).join(", ")}, …` : ids.join(", "));

/** One log line: `+2 added (a, b), -1 removed (c), ~1 changed (d)`. */
export function describeDiff(diff: OperationDiff): string {
  const parts = [
    diff.added.length > 0 ? `+${diff.added.length} added (${listOf(diff.added)})` : "",
    diff.removed.length > 0 ? `-${diff.removed.length} removed (${listOf(diff.removed)})` : "",
    diff.changed.length > 0 ? `~${diff.changed.length} changed (${listOf(diff.changed)})` : "",
  ].filter((p) => p !== "");
  return parts.length === 0 ? "no operation changed" : parts.join(", ");
}

/** Starts watching; call `close()` to stop (the mock's `close()` does). */
export function watchSpecs(opts: SpecWatchOptions): SpecWatcher {
  const debounceMs = opts.debounceMs ?? 150;
  const apis = Object.keys(opts.files) as ApiId[];
  const statuses = new Map<ApiId, SpecStatus>();
  const memos = new Map<ApiId, ExampleMemo>();
  const fileApis = new Map<string, Set<ApiId>>();
  const timers = new Map<ApiId, NodeJS.Timeout>();
  const running = new Map<ApiId, Promise<SpecStatus>>();
  const again = new Set<ApiId>();
  let closed = false;

  const track = (api: ApiId, files: readonly string[]) => {
    for (const file of files) {
      const set = fileApis.get(file) ?? new Set();
      set.add(api);
      fileApis.set(file, set);
    }
  };

  for (const api of apis) {
    const file = resolve(opts.files[api] ?? "");
    statuses.set(api, {
      api,
      file,
      state: "serving",
      version: 1,
      checks: 0,
      loadedAt: new Date(opts.now()).toISOString(),
      operations: opts.engine(api).operations.length,
      problems: [],
      lastChange: undefined,
    });
    memos.set(api, new Set());
    track(api, [file]);
  }

  const log = (api: ApiId) => opts.logger.child({ api });
  const set = (api: ApiId, patch: Partial<SpecStatus>): SpecStatus => {
    const next = { ...(statuses.get(api) as SpecStatus), ...patch };
    statuses.set(api, next);
    return next;
  };

  const watcher: FSWatcher = watch([...fileApis.keys()], { ignoreInitial: true, persistent: true });
  const ready = new Promise<void>((done) => watcher.once("ready", () => done()));
  // Learn the served examples once, soon after start, so the first edit only checks what it changed.
  const prime = setTimeout(() => {
    for (const api of apis)
      if (!closed && !running.has(api)) checkSpec((statuses.get(api) as SpecStatus).file, memos.get(api));
  }, 500);
  prime.unref();

  async function reloadNow(api: ApiId): Promise<SpecStatus> {
    const current = set(api, { state: "reloading", checks: (statuses.get(api) as SpecStatus).checks + 1 });
    const { problems, files } = checkSpec(current.file, memos.get(api));
    const added = files.filter((f) => !fileApis.has(f));
    track(api, files);
    if (added.length > 0 && !closed) watcher.add(added);
    if (problems.length > 0) {
      for (const p of problems)
        log(api).error({ file: p.file, line: p.line }, `spec not reloaded: ${formatProblem(p)}`);
      log(api).warn(`still serving version ${current.version} of ${current.file}`);
      return set(api, { state: "error", problems });
    }
    let engine: SpecEngine;
    try {
      engine = await opts.load(current.file);
    } catch (error) {
      const problem = { file: current.file, line: 0, column: 0, message: (error as Error).message };
      log(api).error({ file: current.file }, `spec not reloaded: ${formatProblem(problem)}`);
      return set(api, { state: "error", problems: [problem] });
    }
    if (closed) return statuses.get(api) as SpecStatus;
    const diff = diffOperations(opts.engine(api).operations, engine.operations);
    opts.replaceEngine(api, engine);
    const version = current.version + 1;
    log(api).info({ file: current.file, ...diff }, `spec reloaded (version ${version}): ${describeDiff(diff)}`);
    const missing = findMissingScripted(opts.scripted(api), engine);
    if (missing.length > 0) log(api).warn(`the spec lacks operations the mock scripts: ${missing.join(", ")}`);
    return set(api, {
      state: "serving",
      version,
      loadedAt: new Date(opts.now()).toISOString(),
      operations: engine.operations.length,
      problems: [],
      lastChange: diff,
    });
  }

  /** One reload at a time per API; an edit during a reload triggers one more afterwards. */
  function reload(api: ApiId): Promise<SpecStatus> {
    const busy = running.get(api);
    if (busy !== undefined) {
      again.add(api);
      return busy;
    }
    const run = reloadNow(api).finally(() => {
      running.delete(api);
      if (again.delete(api) && !closed) void reload(api);
    });
    running.set(api, run);
    return run;
  }

  const onEvent = (path: string) => {
    for (const api of fileApis.get(resolve(path)) ?? []) {
      clearTimeout(timers.get(api));
      timers.set(
        api,
        setTimeout(() => {
          timers.delete(api);
          if (!closed) void reload(api);
        }, debounceMs),
      );
    }
  };
  watcher.on("change", onEvent).on("add", onEvent);
  watcher.on("error", (error) => opts.logger.warn({ err: String(error) }, "spec watcher failed"));

  return {
    ready,
    status: () => apis.map((api) => statuses.get(api) as SpecStatus),
    reload,
    async close() {
      closed = true;
      clearTimeout(prime);
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      await watcher.close();
      await Promise.allSettled([...running.values()]);
    },
  };
}
