// The dashboard page's script, plain JavaScript without a build step: polls /dashboard/state every 3 s and draws
// it. Every value becomes a text node or an attribute through the DOM (never HTML), the charts inline SVG.
const POLL_MS = 3000;
const SVG_NS = "http://www.w3.org/2000/svg";
const COLORS = ["#2563eb", "#c4320a", "#067647", "#7c3aed", "#b54708", "#0e7490", "#be185d", "#475467"];

/** `element` with `attributes` set and `children` appended (strings as text). */
function fill(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}
const h = (tag, attributes = {}, ...children) => fill(document.createElement(tag), attributes, children);
const svg = (tag, attributes = {}, ...children) =>
  fill(document.createElementNS(SVG_NS, tag), attributes, children);

const clock = (ms) => new Date(ms).toTimeString().slice(0, 8);
const minute = (ms) => (ms === null ? "—" : clock(ms).slice(0, 5));
const count = (n) => (n === null ? "?" : n.toLocaleString("en-US"));

/** 850 ms, 42 s, 7 min 5 s, 3 h 12 min. */
function age(ms) {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 120) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 120) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
/** An age that is 0 when there is nothing to be old. */
const since = (ms) => (ms === 0 ? "—" : age(ms));
const formatter = (unit) => (unit === "ms" ? age : count);

const number = (text) => h("td", { class: "number" }, text);
const badge = (state) =>
  h("span", { class: `state state-${state}` }, state === "INSUFFICIENT_DATA" ? "NO DATA" : state);

/** A table of `headers` and `rows` (arrays of cells: text or elements); `empty` when there are none. */
function table(id, headers, rows, empty) {
  const head = h("thead", {}, h("tr", {}, ...headers.map((title) => h("th", {}, title))));
  const body =
    rows.length > 0 ? rows : [h("tr", {}, h("td", { colspan: headers.length, class: "empty" }, empty))];
  document.getElementById(id).replaceChildren(head, h("tbody", {}, ...body));
}

const cell = (value) => (value instanceof Node && value.nodeName === "TD" ? value : h("td", {}, value));
const row = (attributes, ...cells) => h("tr", attributes, ...cells.map(cell));

function runbookLink(alarm) {
  return h("a", { href: `/dashboard/${alarm.runbook}`, title: alarm.runbook }, alarm.name);
}

/** The series that are not OK, each with its state; the OK ones counted. */
function contributors(list) {
  const ok = list.filter((c) => c.state === "OK").length;
  const others = list.filter((c) => c.state !== "OK" && c.label !== "");
  const rest =
    ok > 0 && list.length > 1
      ? [h("div", { class: "empty" }, `${ok} ${others.length > 0 ? "others " : ""}OK`)]
      : [];
  return h("span", {}, ...others.map((c) => h("div", {}, badge(c.state), " ", c.label)), ...rest);
}

function drawAlarms(alarms, everyMs) {
  const note = document.getElementById("alarm-note");
  note.textContent = `evaluated here every ${age(everyMs)} on the runtime's metrics`;
  const local = alarms.filter((a) => a.where === "local");
  const order = { ALARM: 0, INSUFFICIENT_DATA: 1, OK: 2 };
  local.sort((a, b) => order[a.state] - order[b.state]);
  table(
    "alarms",
    ["state", "alarm", "severity", "condition", "since", "reason", "contributors"],
    local.map((a) =>
      row(
        { class: `row-${a.state}`, "data-alarm": a.name, "data-state": a.state },
        badge(a.state),
        runbookLink(a),
        a.severity,
        h("code", {}, `${a.query} ${a.when} · ${a.datapoints}`),
        a.since === null ? "—" : clock(a.since),
        a.reason,
        contributors(a.contributors),
      ),
    ),
    "No local alarms.",
  );
  const cloud = alarms.filter((a) => a.where === "cloud");
  table(
    "cloud-alarms",
    ["alarm", "group", "severity", "query", "alarm when", "summary"],
    cloud.map((a) =>
      row(
        { "data-alarm": a.name, "data-state": "cloud only" },
        runbookLink(a),
        a.group,
        a.severity,
        h("code", {}, a.query),
        `${a.when} · ${a.datapoints}`,
        a.summary,
      ),
    ),
    "None.",
  );
}

function drawStreams(state) {
  const error = document.getElementById("redis-error");
  error.hidden = state.redisError === null;
  error.textContent = state.redisError === null ? "" : `Redis did not answer: ${state.redisError}`;
  const rows = state.streams.flatMap((s) => {
    const stream = [h("code", {}, s.name), number(count(s.length)), number(count(s.dlqLength))];
    if (s.groups.length === 0)
      return [
        row({ "data-stream": s.name }, ...stream, h("td", { colspan: 6, class: "empty" }, "no groups")),
      ];
    return s.groups.map((g) =>
      row(
        { "data-stream": s.name, "data-group": g.name },
        ...stream,
        g.name,
        number(count(g.lag)),
        number(since(g.lagAgeMs)),
        number(count(g.pending)),
        number(since(g.oldestPendingAgeMs)),
        number(count(g.consumers)),
      ),
    );
  });
  const headers = [
    "stream",
    "length",
    "DLQ",
    "group",
    "lag",
    "lag age",
    "pending",
    "oldest pending",
    "consumers",
  ];
  const note = state.truncated ? " (the first 1000)" : "";
  table("streams", headers, rows, `No Sluice streams yet${note}.`);
  table(
    "dlqs",
    ["stream", "key", "entries", "redrive"],
    state.streams
      .filter((s) => s.dlqLength > 0)
      .map((s) =>
        row(
          { "data-dlq": s.name },
          h("code", {}, s.name),
          h("code", {}, s.dlqKey),
          number(count(s.dlqLength)),
          h("code", {}, `curl -s -X POST ${location.origin}/v1/streams/${s.name}/dlq/redrive`),
        ),
      ),
    "Every dead-letter stream is empty.",
  );
}

function drawJobs(jobs) {
  table(
    "jobs",
    ["job", "schedule", "last success", "last failure", "took", "status"],
    jobs.map((j) => {
      const failing =
        j.lastFailureAt !== null && (j.lastSuccessAt === null || j.lastFailureAt > j.lastSuccessAt);
      const status = failing ? "failing" : j.lastSuccessAt === null ? "no run yet" : "ok";
      return row(
        { "data-job": j.name },
        h("code", {}, j.name),
        h("code", {}, j.schedule),
        minute(j.lastSuccessAt),
        minute(j.lastFailureAt),
        j.lastDurationMs === null ? "—" : age(j.lastDurationMs),
        h("span", { class: failing ? "error" : "" }, status),
      );
    }),
    "No jobs.",
  );
}

const WIDTH = 560;
const HEIGHT = 170;
const PAD = { left: 64, right: 10, top: 10, bottom: 22 };

/** One chart: a line per series over [from, to], the y axis from 0 to the largest value. */
function drawChart(chart, from, to) {
  const show = formatter(chart.unit);
  const top = Math.max(1, ...chart.series.flatMap((s) => s.points.map(([, v]) => v)));
  const x = (t) => PAD.left + ((t - from) / Math.max(1, to - from)) * (WIDTH - PAD.left - PAD.right);
  const y = (v) => PAD.top + (1 - v / top) * (HEIGHT - PAD.top - PAD.bottom);
  const bottom = HEIGHT - PAD.bottom;
  const plot = svg(
    "svg",
    {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      class: "chart",
      role: "img",
      "aria-label": chart.title,
      "data-metric": chart.metric,
    },
    svg("line", { class: "axis", x1: PAD.left, x2: WIDTH - PAD.right, y1: bottom, y2: bottom }),
    svg("line", { class: "axis", x1: PAD.left, x2: WIDTH - PAD.right, y1: y(top / 2), y2: y(top / 2) }),
    svg("line", { class: "axis", x1: PAD.left, x2: PAD.left, y1: PAD.top, y2: bottom }),
    svg("text", { x: PAD.left - 4, y: PAD.top + 8, "text-anchor": "end" }, show(top)),
    svg("text", { x: PAD.left - 4, y: y(top / 2) + 3, "text-anchor": "end" }, show(top / 2)),
    svg("text", { x: PAD.left - 4, y: bottom, "text-anchor": "end" }, "0"),
  );
  // A tick every quarter of the hour.
  for (let quarter = 0; quarter <= 4; quarter++) {
    const t = from + ((to - from) * quarter) / 4;
    const anchor = quarter === 0 ? "start" : quarter === 4 ? "end" : "middle";
    plot.append(
      svg("line", { class: "axis", x1: x(t), x2: x(t), y1: bottom, y2: bottom + 4 }),
      svg("text", { x: x(t), y: HEIGHT - 6, "text-anchor": anchor }, minute(t)),
    );
  }
  chart.series.forEach((series, i) => {
    const color = COLORS[i % COLORS.length];
    const points = series.points.map(([t, v]) => `${x(t).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
    plot.append(
      svg("polyline", {
        points,
        fill: "none",
        stroke: color,
        "stroke-width": 1.5,
        "data-series": series.label,
      }),
      ...series.points.map(([t, v]) =>
        svg(
          "circle",
          { cx: x(t), cy: y(v), r: 2, fill: color },
          svg("title", {}, `${series.label} ${minute(t)}: ${show(v)}`),
        ),
      ),
    );
  });
  const legend = h(
    "div",
    { class: "legend" },
    ...chart.series.map((series, i) => {
      const swatch = h("span", { class: "swatch" });
      swatch.style.background = COLORS[i % COLORS.length]; // through the CSSOM: the page's CSP allows no inline style
      return h("span", {}, swatch, series.label);
    }),
  );
  const content =
    chart.series.length > 0 ? [plot, legend] : [h("p", { class: "empty" }, "No data in the last hour.")];
  return h("figure", {}, h("figcaption", {}, chart.title), ...content);
}

function draw(state) {
  drawAlarms(state.alarms, state.alarmEveryMs);
  drawStreams(state);
  drawJobs(state.jobs);
  document
    .getElementById("charts")
    .replaceChildren(...state.charts.map((c) => drawChart(c, state.from, state.to)));
  const updated = document.getElementById("updated");
  const alarming = state.alarms.filter((a) => a.state === "ALARM").length;
  updated.textContent = `${alarming} in ALARM · updated ${clock(state.at)}`;
  updated.dataset.at = String(state.at);
}

async function poll() {
  try {
    const response = await fetch("/dashboard/state", { cache: "no-store" });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    draw(await response.json());
  } catch (error) {
    document.getElementById("updated").textContent = `npm start did not answer (${error}); retrying`;
  } finally {
    setTimeout(poll, POLL_MS);
  }
}

poll();
