// The report: SVG timelines of the claims ledger per measure, tables of latest estimates, conflicts
// and all claims, and the evidence viewer. Reads window.REPORT_DATA (data.js); no network access.
(function () {
  "use strict";
  const data = window.REPORT_DATA;
  const byId = new Map(data.facts.map((f) => [f.fact_id, f]));
  const claimById = new Map(data.claims.map((c) => [c.claim_id, c]));
  const palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"];
  const claimants = [...new Set(data.claims.map((c) => c.claimed_by))].sort();
  const colour = (c) => palette[claimants.indexOf(c) % palette.length];
  const SVG = "http://www.w3.org/2000/svg";

  function el(tag, attrs, text) {
    const node = tag.includes(":") || ["svg", "line", "circle", "rect", "path", "text", "g", "title"].includes(tag)
      ? document.createElementNS(SVG, tag) : document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  const fmt = (v) => (v === null || v === undefined ? "" : Number(v).toLocaleString("en-US", { maximumFractionDigits: 2 }));

  function marker(fact, x, y) {
    const attrs = { class: "point", fill: colour(fact.claimed_by), "data-fact-id": fact.fact_id, "data-claim-id": fact.claim_id };
    let node;
    if (fact.status === "planned") node = el("rect", { ...attrs, x: x - 5, y: y - 5, width: 10, height: 10 });
    else if (fact.status === "possible") node = el("path", { ...attrs, d: `M${x},${y - 6}L${x + 6},${y + 5}L${x - 6},${y + 5}Z` });
    else node = el("circle", { ...attrs, cx: x, cy: y, r: 5.5 });
    node.appendChild(el("title", {}, `${fact.claimed_by} (${fact.status}) ${fmt(fact.value_low)}–${fmt(fact.value_high)} as of ${fact.as_of}; ${fact.n_articles} article(s)`));
    node.addEventListener("click", () => showEvidence(fact.fact_id));
    return node;
  }

  function timeline(measure, claims) {
    const W = 1000, H = 170, L = 70, R = 20, T = 12, B = 28;
    const dated = claims.filter((c) => c.as_of);
    const wrap = el("div", { class: "timeline", "data-measure": measure });
    wrap.appendChild(el("h3", {}, `${measure} — ${claims.length} claim(s)`));
    if (!dated.length) {
      wrap.appendChild(el("p", { class: "note" }, `${claims.length} undated claim(s): listed in the tables below, not drawn.`));
      return wrap;
    }
    const svg = el("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "img" });
    const times = dated.map((c) => Date.parse(c.as_of));
    let t0 = Math.min(...times), t1 = Math.max(...times);
    if (t0 === t1) { t0 -= 15 * 864e5; t1 += 15 * 864e5; }
    const vals = dated.flatMap((c) => [c.value_low, c.value, c.value_high]).filter((v) => v !== null && v !== undefined);
    let v0 = Math.min(0, ...vals), v1 = Math.max(...vals, 1);
    if (v0 === v1) v1 = v0 + 1;
    const x = (t) => L + ((t - t0) / (t1 - t0)) * (W - L - R);
    const y = (v) => H - B - ((v - v0) / (v1 - v0)) * (H - T - B);
    svg.appendChild(el("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: "#999" }));
    svg.appendChild(el("line", { x1: L, y1: T, x2: L, y2: H - B, stroke: "#999" }));
    svg.appendChild(el("text", { class: "axis", x: L - 6, y: y(v1) + 4, "text-anchor": "end" }, fmt(v1)));
    svg.appendChild(el("text", { class: "axis", x: L - 6, y: y(v0) + 4, "text-anchor": "end" }, fmt(v0)));
    svg.appendChild(el("text", { class: "axis", x: L, y: H - 8 }, new Date(t0).toISOString().slice(0, 10)));
    svg.appendChild(el("text", { class: "axis", x: W - R, y: H - 8, "text-anchor": "end" }, new Date(t1).toISOString().slice(0, 10)));
    for (const c of dated) {
      const cx = x(Date.parse(c.as_of));
      const lo = c.value_low ?? c.value, hi = c.value_high ?? c.value;
      if (lo !== null && hi !== null && lo !== hi) {
        svg.appendChild(el("line", { x1: cx, x2: cx, y1: y(lo), y2: y(hi), stroke: colour(c.claimed_by), "stroke-width": 3, opacity: 0.45 }));
      }
      const mid = c.value ?? lo ?? hi;
      svg.appendChild(marker(c, cx, y(mid)));
    }
    wrap.appendChild(svg);
    if (dated.length < claims.length) wrap.appendChild(el("p", { class: "note" }, `${claims.length - dated.length} undated claim(s) not drawn.`));
    return wrap;
  }

  function row(cells, factId) {
    const tr = el("tr", factId ? { "data-fact-id": factId } : {});
    for (const c of cells) tr.appendChild(el("td", {}, c));
    if (factId) tr.addEventListener("click", () => showEvidence(factId));
    return tr;
  }

  function showEvidence(factId) {
    const f = byId.get(factId);
    const a = data.articles[f.article_id] || {};
    const panel = document.getElementById("evidence");
    panel.hidden = false;
    panel.dataset.factId = factId;
    document.getElementById("ev-title").textContent = a.title || f.article_id;
    const meta = document.getElementById("ev-meta");
    meta.replaceChildren();
    const urlNode = a.url ? el("a", { href: a.url, target: "_blank", rel: "noopener" }, a.url) : document.createTextNode("—");
    const items = [
      ["measure", f.measure], ["value", `${fmt(f.value_low)} – ${fmt(f.value)} – ${fmt(f.value_high)} ${f.unit || ""}`],
      ["claimant", f.claimed_by + (f.claimant_type ? ` (${f.claimant_type})` : "")], ["status", f.status],
      ["refers to", [f.period_start, f.period_end].filter(Boolean).join(" – ") + (f.date_text ? ` (“${f.date_text}”)` : "")],
      ["published", a.published_date || "—"], ["outlet", a.outlet || "—"], ["url", urlNode],
    ];
    const claim = claimById.get(f.claim_id);
    if (claim) {
      items.push(["claim", `${claim.claimed_by}: ${fmt(claim.value_low)} – ${fmt(claim.value)} – ${fmt(claim.value_high)} ${claim.unit || ""}, ${claim.status}, as of ${claim.as_of || "undated"}`]);
      const others = el("span", {});
      for (const id of claim.fact_ids.filter((x) => x !== factId)) {
        const other = byId.get(id), art = data.articles[other.article_id] || {};
        const link = el("a", { href: "#", "data-fact-id": id }, art.outlet || art.title || other.article_id);
        link.addEventListener("click", (e) => { e.preventDefault(); showEvidence(id); });
        others.appendChild(link);
        others.appendChild(document.createTextNode(" "));
      }
      items.push(["also cited in", others.childNodes.length ? others : "—"]);
    }
    for (const [k, v] of items) {
      meta.appendChild(el("dt", {}, k));
      const dd = el("dd", { "data-field": k });
      if (v instanceof Node) dd.appendChild(v); else dd.textContent = v || "—";
      meta.appendChild(dd);
    }
    const body = a.body_text || "";
    const text = document.getElementById("ev-text");
    text.replaceChildren(
      document.createTextNode(body.slice(0, f.evidence_start)),
      el("mark", {}, body.slice(f.evidence_start, f.evidence_end)),
      document.createTextNode(body.slice(f.evidence_end)),
    );
    text.querySelector("mark").scrollIntoView({ block: "center" });
  }

  document.getElementById("close").addEventListener("click", () => { document.getElementById("evidence").hidden = true; });
  document.getElementById("summary").textContent =
    `${data.facts.length} facts from ${Object.keys(data.articles).length} articles; ${data.claims.length} claims on ${data.measures.length} measures with figures; ${data.conflicts.length} conflicts.`;

  const hasFigure = (c) => [c.value_low, c.value, c.value_high].some((v) => v !== null && v !== undefined);
  const section = document.getElementById("timelines");
  for (const measure of data.measures) {
    section.appendChild(timeline(measure, data.claims.filter((c) => c.measure === measure && hasFigure(c))));
  }
  const latest = document.querySelector("#latest tbody");
  for (const l of data.latest) {
    const c = claimById.get(l.claim_id);
    latest.appendChild(row([l.measure, c.as_of, fmt(c.value_low), fmt(c.value), fmt(c.value_high), c.claimed_by, c.status, l.n_claims], c.fact_id));
  }
  const conflicts = document.querySelector("#conflicts tbody");
  for (const c of data.conflicts) conflicts.appendChild(row([c.measure, c.month, c.n_conflicting_pairs, c.claims_in_effect]));
  if (!data.conflicts.length) conflicts.appendChild(el("tr", {})).appendChild(el("td", { colspan: 4 }, "none"));
  const all = document.querySelector("#claims tbody");
  for (const c of data.claims) {
    all.appendChild(row([c.measure, c.claimed_by, c.as_of || "undated", fmt(c.value_low), fmt(c.value), fmt(c.value_high), c.value_text || "", c.status, c.n_articles], c.fact_id));
  }
  document.body.dataset.ready = "true";
})();
