// paymock dashboard: plain JavaScript, no build step, no third-party code. It reads one JSON view
// (/__mock/ui/view), listens to /__mock/events for changes, and acts through the same-origin
// admin pass-through (/__mock/ui/admin/<api>/<route>). Everything shown is built with DOM calls,
// never innerHTML, because requests and bodies come from clients.

const VIEWS = ["codes", "requests", "state", "callbacks", "controls", "specs"];
const SESSION_KEY = "paymock.session";

const state = {
  view: "codes",
  session: sessionStorage.getItem(SESSION_KEY) ?? "",
  data: undefined,
  offsetMs: 0,
  filters: { api: "", method: "", path: "", status: "" },
  faultApi: "",
  stateApi: "",
  stateResult: undefined,
  operations: undefined,
  spec: undefined,
  seenSessions: new Set(),
};

// ---------- small DOM helpers ----------

/** h("td", {class: "x"}, "text", child) */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "class") el.className = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const child of children.flat(Number.POSITIVE_INFINITY)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

const $ = (id) => document.getElementById(id);

function say(message, bad = false) {
  const el = $("status");
  el.textContent = message;
  el.classList.toggle("bad", bad);
}

const pretty = (value) =>
  value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value, null, 2);

/** Mock time now (the server's session clock, moved on by real time since the last view). */
const mockNow = () => (state.data?.clock?.frozen === true ? Date.parse(state.data.now) : Date.now() + state.offsetMs);

function relative(iso) {
  const ms = Date.parse(iso) - mockNow();
  const abs = Math.abs(ms);
  const s = Math.round(abs / 1000);
  const text =
    s < 60
      ? `${s}s`
      : s < 3600
        ? `${Math.floor(s / 60)}m ${s % 60}s`
        : s < 86400 * 2
          ? `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`
          : `${Math.floor(s / 86400)}d`;
  return ms >= 0 ? `in ${text}` : `${text} ago`;
}

function timeEl(iso, expiry = false) {
  const past = Date.parse(iso) <= mockNow();
  const cls = expiry ? (past ? "expired" : "future") : "";
  const label = expiry && past ? `expired ${relative(iso)}` : relative(iso);
  return h("time", { datetime: iso, title: iso, class: cls, "data-expiry": expiry ? "1" : undefined }, label);
}

const statusClass = (status) => `s${String(status).charAt(0)}`;

function table(columns, rows, opts = {}) {
  const body = h("tbody");
  for (const row of rows) body.append(row);
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { "data-testid": opts.testid },
      opts.caption ? h("caption", { class: "notice" }, opts.caption) : null,
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          columns.map((c) => h("th", { scope: "col" }, c)),
        ),
      ),
      body,
    ),
  );
}

function notice(text) {
  return h("p", { class: "notice" }, text);
}

// ---------- talking to the mock ----------

function headers(json = false) {
  const out = {};
  if (state.session !== "") out["x-paymock-session"] = state.session;
  if (json) out["content-type"] = "application/json";
  return out;
}

async function admin(api, method, route, body) {
  const res = await fetch(`/__mock/ui/admin/${api}/${route}`, {
    method,
    headers: headers(body !== undefined),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed;
  try {
    parsed = text === "" ? undefined : JSON.parse(text);
  } catch {
    parsed = text;
  }
  if (!res.ok) {
    const message = parsed && typeof parsed === "object" && "error" in parsed ? parsed.error : `HTTP ${res.status}`;
    throw new Error(String(message));
  }
  return parsed;
}

/** Runs an action, reports its outcome, refreshes the view. */
async function act(label, fn) {
  try {
    const result = await fn();
    say(`${label}: done`);
    await refresh();
    return result;
  } catch (error) {
    say(`${label}: ${error.message}`, true);
    return undefined;
  }
}

let refreshing;
let again = false;
async function refresh() {
  if (refreshing) {
    again = true;
    return refreshing;
  }
  refreshing = (async () => {
    try {
      const res = await fetch("/__mock/ui/view", { headers: headers() });
      if (!res.ok) throw new Error(`view: HTTP ${res.status}`);
      state.data = await res.json();
      state.offsetMs = Date.parse(state.data.now) - Date.now();
      for (const api of state.data.apis) {
        for (const entry of api.requests ?? []) {
          const s = entry.headers?.["x-paymock-session"];
          if (s) state.seenSessions.add(s);
        }
      }
      if (Array.isArray(state.data.sessions)) {
        for (const s of state.data.sessions) state.seenSessions.add(typeof s === "string" ? s : s.id);
      }
      render();
    } catch (error) {
      say(error.message, true);
    }
  })();
  await refreshing;
  refreshing = undefined;
  if (again) {
    again = false;
    await refresh();
  }
}

let events;
function connect() {
  events?.close();
  const q = state.session === "" ? "" : `?session=${encodeURIComponent(state.session)}`;
  events = new EventSource(`/__mock/events${q}`);
  events.addEventListener("open", () => setLive(true));
  events.addEventListener("change", () => void refresh());
  events.addEventListener("error", () => setLive(false));
}

function setLive(on) {
  $("live-dot").classList.toggle("on", on);
  $("live-text").textContent = on ? "live" : "reconnecting";
}

// ---------- rendering ----------

function allOf(key) {
  const out = [];
  for (const api of state.data?.apis ?? []) {
    if (!Array.isArray(api[key])) continue;
    for (const [index, item] of api[key].entries()) out.push({ api: api.api, index, item });
  }
  return out;
}

/** Newest first, by a time field. */
const newestFirst = (field) => (a, b) =>
  String(b.item[field] ?? "").localeCompare(String(a.item[field] ?? "")) || b.index - a.index;

async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
    say(`Copied ${text}`);
  } catch {
    // Without clipboard permission (plain http on another host), select the text for Ctrl+C.
    const input = h("input", { value: text, "aria-label": "code to copy" });
    document.body.append(input);
    input.select();
    say(`Press Ctrl+C to copy ${text}`);
    setTimeout(() => input.remove(), 4000);
  }
}

function renderCodes() {
  const items = allOf("outbox").sort(newestFirst("sentAt"));
  const rows = items.map(({ api, item }) =>
    h(
      "tr",
      { "data-testid": "code-row" },
      h("td", {}, timeEl(item.sentAt)),
      h("td", {}, api),
      h("td", {}, item.to),
      h("td", {}, item.channel ?? ""),
      h("td", {}, item.purpose ?? ""),
      h("td", { class: "code", "data-testid": "code" }, item.code),
      h(
        "td",
        {},
        h("button", { type: "button", onclick: () => copy(item.code), "aria-label": `Copy code ${item.code}` }, "Copy"),
      ),
    ),
  );
  return [
    h("h2", {}, "One-time codes, newest first"),
    rows.length === 0
      ? notice("No code sent yet in this session. Sign in through an API and it appears here.")
      : table(["sent", "API", "to", "channel", "purpose", "code", ""], rows, { testid: "codes" }),
  ];
}

function matches(entry, api) {
  const f = state.filters;
  if (f.api && api !== f.api) return false;
  if (f.method && entry.method !== f.method) return false;
  if (f.path && !String(entry.path).includes(f.path)) return false;
  if (f.status) {
    const s = String(entry.status);
    if (/^[1-5]xx$/i.test(f.status) ? s.charAt(0) !== f.status.charAt(0) : s !== f.status) return false;
  }
  return true;
}

function filterControls() {
  const apis = (state.data?.apis ?? []).map((a) => a.api);
  const set = (key) => (event) => {
    state.filters[key] = event.target.value.trim();
    rerenderKeepingFocus();
  };
  return h(
    "form",
    { class: "filters", role: "search", "aria-label": "Filter requests", onsubmit: (e) => e.preventDefault() },
    h(
      "label",
      {},
      "API",
      h(
        "select",
        { id: "f-api", onchange: set("api") },
        h("option", { value: "" }, "all"),
        apis.map((a) => h("option", { value: a, selected: state.filters.api === a }, a)),
      ),
    ),
    h(
      "label",
      {},
      "Method",
      h(
        "select",
        { id: "f-method", onchange: set("method") },
        ["", "GET", "POST", "PUT", "PATCH", "DELETE"].map((m) =>
          h("option", { value: m, selected: state.filters.method === m }, m || "all"),
        ),
      ),
    ),
    h(
      "label",
      {},
      "Path contains",
      h("input", { id: "f-path", value: state.filters.path, oninput: set("path"), placeholder: "/v1/order" }),
    ),
    h(
      "label",
      {},
      "Status",
      h("input", {
        id: "f-status",
        value: state.filters.status,
        oninput: set("status"),
        placeholder: "401 or 4xx",
        size: 8,
      }),
    ),
    h("label", {}, "Session", h("output", {}, state.session || "default")),
  );
}

function renderRequests() {
  const all = allOf("requests");
  const missing = (state.data?.apis ?? []).every((a) => a.requests === null);
  if (missing) return [h("h2", {}, "Requests"), notice("This mock's admin API has no request journal.")];
  const items = all.filter(({ api, item }) => matches(item, api)).sort(newestFirst("time"));
  const rows = items.map(({ api, index, item }) => {
    const open = () => {
      state.lastRow = `${api}:${item.id ?? index}`;
      openDetail(api, item);
    };
    return h(
      "tr",
      {
        class: "row",
        tabindex: 0,
        "data-key": `${api}:${item.id ?? index}`,
        "data-testid": "request-row",
        "aria-label": `${item.method} ${item.path} ${item.status}, open details`,
        onclick: open,
        onkeydown: (e) => {
          if (e.key === "Enter" || e.key === " ") {
            e.preventDefault();
            open();
          } else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            const next =
              e.key === "ArrowDown" ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling;
            next?.focus();
          }
        },
      },
      h("td", {}, timeEl(item.time)),
      h("td", {}, api),
      h("td", { class: "mono" }, item.method),
      h("td", { class: "mono" }, item.path),
      h("td", { class: statusClass(item.status) }, item.status),
      h("td", {}, item.operationId ?? "—"),
      h("td", {}, item.source ?? ""),
      h("td", { class: "num" }, item.durationMs === undefined ? "" : `${item.durationMs} ms`),
    );
  });
  return [
    h("h2", {}, "Requests, newest first"),
    filterControls(),
    rows.length === 0
      ? notice(all.length === 0 ? "No request yet in this session." : "No request matches the filters.")
      : table(["time", "API", "method", "path", "status", "operation", "source", "took"], rows, { testid: "requests" }),
  ];
}

function kv(pairs) {
  if (Object.keys(pairs ?? {}).length === 0) return notice("(none)");
  return h(
    "dl",
    { class: "kv" },
    Object.entries(pairs ?? {}).map(([k, v]) => [
      h("dt", {}, k),
      h("dd", { class: "mono" }, Array.isArray(v) ? v.join(", ") : String(v)),
    ]),
  );
}

function openDetail(api, entry) {
  const body = $("detail-body");
  body.replaceChildren();
  $("detail-title").textContent = `${entry.method} ${entry.path} → ${entry.status}`;
  const notRecorded = notice("not recorded by this mock's journal");
  body.append(
    h("h3", {}, "Operation"),
    entry.operationId
      ? h(
          "p",
          {},
          h(
            "a",
            { href: `#spec/${api}/${encodeURIComponent(entry.operationId)}`, onclick: () => $("detail").close() },
            `${entry.operationId} in specs (${api})`,
          ),
        )
      : notice("no operation matched"),
    h("h3", {}, "Request"),
    kv({
      api,
      time: entry.time,
      source: entry.source ?? "",
      duration: entry.durationMs === undefined ? "" : `${entry.durationMs} ms`,
    }),
    h("h3", {}, "Query"),
    entry.query ? kv(entry.query) : notRecorded.cloneNode(true),
    h("h3", {}, "Headers"),
    entry.headers ? kv(entry.headers) : notRecorded.cloneNode(true),
    h("h3", {}, "Body"),
    "body" in entry
      ? h("pre", { class: "json", "data-testid": "request-body" }, pretty(entry.body) || "(empty)")
      : notRecorded.cloneNode(true),
    h("h3", {}, `Response ${entry.status}`),
    "response" in entry
      ? h("pre", { class: "json", "data-testid": "response-body" }, pretty(entry.response) || "(empty)")
      : notRecorded.cloneNode(true),
  );
  const dialog = $("detail");
  if (!dialog.open) dialog.showModal();
  $("detail-close").focus();
}

function cell(value) {
  if (value && typeof value === "object" && value.kind === "time") return h("td", {}, timeEl(value.at, value.expiry));
  if (value === null || value === undefined) return h("td", { class: "notice" }, "—");
  return h("td", {}, String(value));
}

function renderState() {
  const apis = state.data?.apis ?? [];
  const chosen = apis.find((a) => a.api === state.stateApi) ?? apis.find((a) => a.api === state.data?.here) ?? apis[0];
  if (chosen === undefined) return [notice("No API served.")];
  const picker = h(
    "div",
    { class: "form", role: "group", "aria-label": "API" },
    apis.map((a) =>
      h(
        "button",
        {
          type: "button",
          "aria-pressed": a.api === chosen.api ? "true" : "false",
          class: a.api === chosen.api ? "primary" : "",
          onclick: () => {
            state.stateApi = a.api;
            render();
          },
        },
        a.api,
      ),
    ),
  );
  const sections = chosen.summary.sections.map((s) =>
    h(
      "section",
      { "aria-label": s.title, "data-testid": `state-${s.title}` },
      h("h3", {}, s.title, s.more ? ` (first ${s.rows.length}, ${s.more} more)` : ""),
      s.rows.length === 0
        ? notice("none")
        : table(
            s.columns,
            s.rows.map((r) => h("tr", {}, r.map(cell))),
          ),
    ),
  );
  return [
    h("h2", {}, `State of ${chosen.api} in session ${state.session || "default"}`),
    picker,
    h(
      "div",
      { class: "form" },
      h(
        "button",
        { type: "button", "data-testid": "state-reset-api", onclick: () => resetApi(chosen.api) },
        `Reset ${chosen.api} (this API only)`,
      ),
    ),
    h("div", { class: "grid" }, sections),
  ];
}

function signatureOf(item) {
  const hdrs = item.headers ?? {};
  for (const [k, v] of Object.entries(hdrs)) if (/signature/i.test(k)) return `${k}: ${v}`;
  if (item.body && typeof item.body === "object" && "signature" in item.body)
    return `body.signature: ${item.body.signature}`;
  return "—";
}

function renderCallbacks() {
  const apis = state.data?.apis ?? [];
  if (apis.every((a) => a.callbacks === null)) {
    return [
      h("h2", {}, "Callbacks and webhooks"),
      notice("This mock's admin API does not list callbacks (GET /__mock/callbacks); deliveries are in the log."),
    ];
  }
  const items = allOf("callbacks").sort(newestFirst("time"));
  const rows = items.map(({ api, item }) =>
    h(
      "tr",
      { "data-testid": "callback-row" },
      h("td", {}, item.time ? timeEl(item.time) : "—"),
      h("td", {}, api),
      h("td", {}, item.event ?? ""),
      h("td", { class: "mono" }, item.url ?? ""),
      h("td", { class: "mono wrap", title: signatureOf(item) }, signatureOf(item)),
      h(
        "td",
        { class: item.status === "delivered" ? "s2" : item.status === "pending" ? "notice" : "s5" },
        `${item.status ?? ""}${item.httpStatus ? ` ${item.httpStatus}` : ""}${item.reason ? `: ${item.reason}` : ""}`,
      ),
      h("td", {}, h("details", {}, h("summary", {}, "body"), h("pre", { class: "json" }, pretty(item.body)))),
    ),
  );
  return [
    h("h2", {}, "Callbacks and webhooks, newest first"),
    rows.length === 0
      ? notice("None sent in this session.")
      : table(["time", "API", "event", "url", "signature", "delivery", ""], rows, { testid: "callbacks" }),
  ];
}

function field(label, input) {
  return h("label", {}, label, input);
}

function clockCard() {
  const first = state.data?.apis?.[0]?.api;
  const clock = state.data?.clock ?? {};
  const advance = (seconds) =>
    act(`Advance clock ${seconds}s`, () => admin(first, "POST", "clock", { advanceSeconds: seconds }));
  const presets = [
    ["+1 min", 60],
    ["+5 min", 300],
    ["+1 hour", 3600],
    ["+1 day", 86400],
    ["+30 days", 30 * 86400],
  ];
  const free = h("input", {
    id: "advance-seconds",
    type: "number",
    step: 1,
    value: 60,
    "aria-describedby": "advance-help",
  });
  const at = h("input", { id: "clock-set", type: "datetime-local", step: 1 });
  const frozen = clock.frozen === true;
  return h(
    "section",
    { class: "card", "aria-labelledby": "clock-h" },
    h("h3", { id: "clock-h" }, "Clock"),
    h(
      "p",
      {},
      "Mock time: ",
      h("strong", { class: "mono" }, state.data?.now ?? "…"),
      clock.offsetSeconds !== undefined ? ` (offset ${clock.offsetSeconds}s)` : "",
      frozen ? " — frozen" : "",
    ),
    h(
      "div",
      { class: "form" },
      presets.map(([label, s]) => h("button", { type: "button", onclick: () => advance(s) }, label)),
    ),
    h(
      "form",
      {
        class: "form",
        onsubmit: (e) => {
          e.preventDefault();
          advance(Number(free.value));
        },
      },
      field("Advance by seconds", free),
      h("button", { type: "submit", class: "primary" }, "Advance"),
      h("small", { id: "advance-help", class: "notice" }, "negative values go back (±10 years)"),
    ),
    h(
      "form",
      {
        class: "form",
        onsubmit: (e) => {
          e.preventDefault();
          if (at.value)
            act("Set clock", () => admin(first, "POST", "clock", { now: new Date(at.value).toISOString() }));
        },
      },
      field("Set to (local time)", at),
      h("button", { type: "submit" }, "Set"),
      h(
        "button",
        {
          type: "button",
          onclick: () =>
            act(frozen ? "Unfreeze clock" : "Freeze clock", () => admin(first, "POST", "clock", { freeze: !frozen })),
        },
        frozen ? "Unfreeze" : "Freeze",
      ),
    ),
  );
}

/** Resets one API of the shown session: its state, outbox, journal, faults and callbacks; the clock stays. */
function resetApi(api) {
  return act(`Reset ${api}`, () => admin(api, "POST", `reset?api=${encodeURIComponent(api)}`));
}

function resetCard() {
  const apis = state.data?.apis ?? [];
  const first = apis[0]?.api;
  const chosen = apis.find((a) => a.api === state.faultApi) ?? apis[0];
  return h(
    "section",
    { class: "card", "aria-labelledby": "reset-h" },
    h("h3", { id: "reset-h" }, `Reset session ${state.session || "default"}`),
    h(
      "p",
      { class: "notice" },
      "Reset session: every API's state back to the seed, outboxes, journals, faults and callbacks emptied, the clock back to real time. Reset one API: that API only; the other APIs and the clock stay. Other sessions are untouched.",
    ),
    h(
      "div",
      { class: "form" },
      h(
        "button",
        { type: "button", class: "primary", onclick: () => act("Reset session", () => admin(first, "POST", "reset")) },
        "Reset session",
      ),
      chosen === undefined
        ? null
        : h(
            "button",
            { type: "button", "data-testid": "reset-api", onclick: () => resetApi(chosen.api) },
            `Reset ${chosen.api} only`,
          ),
    ),
  );
}

function statesCard() {
  const apis = state.data?.apis ?? [];
  const chosen = apis.find((a) => a.api === state.faultApi) ?? apis[0];
  if (chosen === undefined) return null;
  const names = Array.isArray(chosen.states) ? chosen.states : [];
  const pick = h(
    "select",
    { id: "state-name" },
    names.map((s) => h("option", { value: s.name, title: s.description }, s.name)),
  );
  const params = h("textarea", { id: "state-params", "aria-describedby": "state-desc" }, "{}");
  const desc = h("p", { id: "state-desc", class: "notice" }, names[0]?.description ?? "");
  pick.addEventListener("change", () => {
    desc.textContent = names.find((s) => s.name === pick.value)?.description ?? "";
  });
  return h(
    "section",
    { class: "card", "aria-labelledby": "states-h" },
    h("h3", { id: "states-h" }, `Provider states of ${chosen.api}`),
    names.length === 0
      ? notice("No named states.")
      : h(
          "form",
          {
            class: "form",
            onsubmit: async (e) => {
              e.preventDefault();
              let parsed;
              try {
                parsed = JSON.parse(params.value || "{}");
              } catch {
                say("Params must be JSON, e.g. {}", true);
                return;
              }
              const result = await act(`State ${pick.value}`, () =>
                admin(chosen.api, "POST", "states", { state: pick.value, params: parsed }),
              );
              state.stateResult = result;
              render();
            },
          },
          field("State", pick),
          field("Params (JSON)", params),
          h("button", { type: "submit", class: "primary" }, "Set up"),
        ),
    desc,
    state.stateResult === undefined
      ? null
      : [
          h("h4", {}, "Values it returned"),
          h("pre", { class: "json", "data-testid": "state-values" }, pretty(state.stateResult)),
        ],
  );
}

function faultsCard() {
  const apis = state.data?.apis ?? [];
  const chosen = apis.find((a) => a.api === state.faultApi) ?? apis[0];
  if (chosen === undefined) return null;
  const ops = state.operations?.[chosen.api] ?? [];
  const op = h(
    "select",
    { id: "fault-op" },
    h("option", { value: "" }, "choose an operation"),
    ops.map((o) => h("option", { value: o.id }, `${o.id} — ${o.method.toUpperCase()} ${o.path}`)),
  );
  const status = h("input", { id: "fault-status", type: "number", min: 100, max: 599, placeholder: "503" });
  const delay = h("input", { id: "fault-delay", type: "number", min: 0, max: 60000, placeholder: "0" });
  const kind = h(
    "select",
    { id: "fault-kind" },
    ["", "connection-reset", "timeout", "empty-response", "malformed-json"].map((k) =>
      h("option", { value: k }, k || "none"),
    ),
  );
  const times = h("input", { id: "fault-times", type: "number", min: 1, placeholder: "unlimited" });
  const faults = Array.isArray(chosen.faults) ? chosen.faults : null;
  return h(
    "section",
    { class: "card", "aria-labelledby": "faults-h" },
    h("h3", { id: "faults-h" }, `Faults of ${chosen.api}`),
    h(
      "form",
      {
        class: "form",
        onsubmit: (e) => {
          e.preventDefault();
          if (!op.value) {
            say("Choose an operation", true);
            return;
          }
          const spec = { operationId: op.value };
          if (status.value) spec.status = Number(status.value);
          if (delay.value) spec.delayMs = Number(delay.value);
          if (kind.value) spec.fault = kind.value;
          if (times.value) spec.times = Number(times.value);
          act(`Fault on ${op.value}`, () => admin(chosen.api, "POST", "faults", spec));
        },
      },
      field("Operation", op),
      field("Status", status),
      field("Delay ms", delay),
      field("Fault", kind),
      field("Times", times),
      h("button", { type: "submit", class: "primary" }, "Add fault"),
    ),
    faults === null
      ? notice("This mock's admin API has no faults (GET /__mock/faults).")
      : faults.length === 0
        ? notice("No fault active.")
        : table(
            ["id", "matches", "does", "left", ""],
            faults.map((f) =>
              h(
                "tr",
                { "data-testid": "fault-row" },
                h("td", { class: "mono" }, f.id),
                h("td", {}, f.operationId ?? `${f.method ?? ""} ${f.path ?? ""}`),
                h("td", {}, [f.status, f.delayMs ? `${f.delayMs} ms` : "", f.fault].filter(Boolean).join(", ")),
                h("td", {}, f.remaining ?? f.times ?? "∞"),
                h(
                  "td",
                  {},
                  h(
                    "button",
                    {
                      type: "button",
                      onclick: () =>
                        act(`Remove fault ${f.id}`, () =>
                          admin(chosen.api, "DELETE", `faults/${encodeURIComponent(f.id)}`),
                        ),
                    },
                    "Remove",
                  ),
                ),
              ),
            ),
          ),
  );
}

function renderControls() {
  const apis = state.data?.apis ?? [];
  const current = apis.find((a) => a.api === state.faultApi) ?? apis[0];
  const picker = h(
    "label",
    {},
    "API for states and faults",
    h(
      "select",
      {
        id: "controls-api",
        onchange: (e) => {
          state.faultApi = e.target.value;
          state.stateResult = undefined;
          rerenderKeepingFocus();
        },
      },
      apis.map((a) => h("option", { value: a.api, selected: a.api === current?.api }, a.api)),
    ),
  );
  return [
    h("h2", {}, "Controls"),
    h("div", { class: "form" }, picker),
    h("div", { class: "grid" }, clockCard(), resetCard(), statesCard(), faultsCard()),
  ];
}

function renderSpecs() {
  const apis = state.data?.apis ?? [];
  const cards = apis.map(({ api, spec }) =>
    h(
      "section",
      { class: "card", "aria-label": api, "data-testid": `spec-${api}` },
      h("h3", {}, api),
      kv({
        file: spec.file,
        state: spec.watching === false ? "serving (not watching; start with --watch)" : spec.state,
        version: spec.version ?? 1,
        loaded: spec.loadedAt ?? "at start",
        operations: spec.operations ?? "",
      }),
      spec.lastChange
        ? h(
            "p",
            {},
            `Last change: +${spec.lastChange.added.length} added, -${spec.lastChange.removed.length} removed, ~${spec.lastChange.changed.length} changed`,
            spec.lastChange.added.length ? ` (${spec.lastChange.added.join(", ")})` : "",
          )
        : null,
      spec.problems?.length
        ? h("pre", { class: "json", "data-testid": "spec-problems" }, spec.problems.map(formatProblem).join("\n"))
        : null,
      h("p", {}, h("a", { href: `#spec/${api}` }, "View the spec")),
    ),
  );
  return [h("h2", {}, "Specs"), h("div", { class: "grid" }, cards)];
}

const formatProblem = (p) => `${p.file}${p.line ? `:${p.line}:${p.column}` : ""} ${p.message}`;

async function renderSpecText(api, operationId) {
  const panel = $("panel");
  if (state.spec?.api !== api) {
    const res = await fetch(`/__mock/ui/spec/${encodeURIComponent(api)}`, { headers: headers() });
    if (!res.ok) {
      panel.replaceChildren(notice(`Cannot load the spec of ${api}.`));
      return;
    }
    state.spec = await res.json();
  }
  const { text, file, operations } = state.spec;
  const hit = operationId ? operations[operationId] : undefined;
  const pre = h("pre", { class: "spec-text", tabindex: 0, "aria-label": `${file}` });
  text.split("\n").forEach((line, i) => {
    pre.append(
      h(
        "span",
        {
          id: `L${i + 1}`,
          "data-n": i + 1,
          class: hit !== undefined && i + 1 >= hit - 2 && i + 1 <= hit + 1 ? "hit" : undefined,
        },
        line,
      ),
    );
  });
  panel.replaceChildren(
    h("h2", {}, `${api}: ${file}`),
    operationId
      ? h(
          "p",
          { "data-testid": "spec-operation" },
          hit
            ? `operationId ${operationId} at line ${hit}`
            : `operationId ${operationId} is not in this version of the spec`,
        )
      : null,
    h("p", {}, h("a", { href: "#specs" }, "Back to specs")),
    pre,
  );
  if (hit !== undefined) $(`L${Math.max(1, hit - 3)}`)?.scrollIntoView({ block: "start" });
}

function renderHeader() {
  const d = state.data;
  if (!d) return;
  $("clock-now").textContent = `mock time ${new Date(mockNow())
    .toISOString()
    .replace(".000", "")
    .replace(/\.\d+Z$/, "Z")}`;
  const frozen = d.clock?.frozen === true;
  $("clock-badge").textContent = frozen
    ? "frozen"
    : d.clock?.offsetSeconds
      ? `offset ${d.clock.offsetSeconds}s`
      : Math.abs(state.offsetMs) > 1500
        ? `offset ${Math.round(state.offsetMs / 1000)}s`
        : "";
  const list = $("session-list");
  list.replaceChildren(...[...state.seenSessions].map((s) => h("option", { value: s })));
  const broken = d.apis.filter((a) => a.spec?.state === "error");
  const alert = $("spec-alert");
  alert.hidden = broken.length === 0;
  alert.replaceChildren(
    ...broken.map((a) =>
      h(
        "div",
        { "data-testid": "spec-alert" },
        h("strong", {}, `${a.api}: the edited spec was not loaded; version ${a.spec.version} still serves.`),
        h("pre", {}, a.spec.problems.map(formatProblem).join("\n")),
      ),
    ),
  );
}

function render() {
  renderHeader();
  for (const button of document.querySelectorAll('[role="tab"]')) {
    const selected =
      button.dataset.view === state.view.split("/")[0] ||
      (state.view.startsWith("spec/") && button.dataset.view === "specs");
    button.setAttribute("aria-selected", selected ? "true" : "false");
    button.tabIndex = selected ? 0 : -1;
  }
  const panel = $("panel");
  panel.setAttribute("aria-labelledby", `tab-${state.view.startsWith("spec/") ? "specs" : state.view}`);
  if (state.view.startsWith("spec/")) {
    const [, api, op] = state.view.split("/");
    void renderSpecText(api, op ? decodeURIComponent(op) : undefined);
    return;
  }
  if (!state.data) return;
  const active = document.activeElement;
  const focusedInPanel = active !== null && panel.contains(active);
  if ($("detail").open) return; // re-rendered when the dialog closes
  if (focusedInPanel && state.view === "requests") return rerenderKeepingFocus();
  // Do not wipe what the user is typing into a form.
  if (focusedInPanel && active.matches("input, textarea, select")) return;
  panel.replaceChildren(...RENDERERS[state.view]().flat());
}

/** Re-renders and puts focus back on the same control or row. */
function rerenderKeepingFocus() {
  const active = document.activeElement;
  const id = active?.id;
  const key = active?.dataset?.key;
  const selection = active && "selectionStart" in active ? active.selectionStart : undefined;
  const panel = $("panel");
  const renderer = RENDERERS[state.view];
  if (!renderer) return;
  panel.replaceChildren(...renderer().flat());
  const target = id ? $(id) : key ? panel.querySelector(`[data-key="${CSS.escape(key)}"]`) : null;
  if (target) {
    target.focus();
    if (selection !== undefined && selection !== null && "setSelectionRange" in target && target.type !== "number")
      target.setSelectionRange(selection, selection);
  }
}

const RENDERERS = {
  codes: renderCodes,
  requests: renderRequests,
  state: renderState,
  callbacks: renderCallbacks,
  controls: renderControls,
  specs: renderSpecs,
};

function go(view) {
  state.view = VIEWS.includes(view) || view.startsWith("spec/") ? view : "codes";
  render();
}

// ---------- wiring ----------

function setupTabs() {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  for (const tab of tabs) {
    tab.addEventListener("click", () => {
      location.hash = tab.dataset.view;
    });
    tab.addEventListener("keydown", (e) => {
      const i = tabs.indexOf(tab);
      let next;
      if (e.key === "ArrowRight") next = tabs[(i + 1) % tabs.length];
      else if (e.key === "ArrowLeft") next = tabs[(i - 1 + tabs.length) % tabs.length];
      else if (e.key === "Home") next = tabs[0];
      else if (e.key === "End") next = tabs[tabs.length - 1];
      if (next) {
        e.preventDefault();
        next.focus();
        location.hash = next.dataset.view;
      }
    });
  }
}

async function loadOperations() {
  try {
    const res = await fetch("/__mock/ui/operations", { headers: headers() });
    if (res.ok) state.operations = await res.json();
  } catch {
    state.operations = {};
  }
}

function start() {
  setupTabs();
  $("session-input").value = state.session;
  $("session-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const input = $("session-input");
    if (!input.checkValidity()) {
      say("A session id is 1 to 64 of A-Z a-z 0-9 . _ -", true);
      return;
    }
    state.session = input.value.trim();
    sessionStorage.setItem(SESSION_KEY, state.session);
    say(`Viewing session ${state.session || "default"}`);
    connect();
    void refresh();
  });
  $("detail-close").addEventListener("click", () => $("detail").close());
  $("detail").addEventListener("close", () => {
    render();
    if (state.lastRow)
      $("panel")
        .querySelector(`[data-key="${CSS.escape(state.lastRow)}"]`)
        ?.focus();
  });
  window.addEventListener("hashchange", () => go(location.hash.slice(1)));
  go(location.hash.slice(1) || "codes");
  // Relative times and expiry move with the (mock) clock without asking the server.
  setInterval(() => {
    for (const el of document.querySelectorAll("time[datetime]")) {
      const expiry = el.dataset.expiry === "1";
      const past = Date.parse(el.getAttribute("datetime")) <= mockNow();
      el.textContent =
        expiry && past ? `expired ${relative(el.getAttribute("datetime"))}` : relative(el.getAttribute("datetime"));
      if (expiry) el.className = past ? "expired" : "future";
    }
    if (state.data)
      $("clock-now").textContent = `mock time ${new Date(mockNow()).toISOString().replace(/\.\d+Z$/, "Z")}`;
  }, 1000);
  void loadOperations().then(() => refresh());
  connect();
}

start();
