// Chronicle dashboard: plain JS over the /api/v1 JSON endpoints. No build step.
'use strict';

const $ = (sel, root = document) => root.querySelector(sel);
const view = $('#view');

// ---------- helpers ----------
function el(tag, attrs = {}, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null) continue;
    if (k === 'class') e.className = v;
    else if (k === 'style') e.style.cssText = v; // CSSOM, allowed by the CSP (style attributes are not)
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const k of kids.flat()) if (k != null) e.append(k instanceof Node ? k : document.createTextNode(String(k)));
  return e;
}
const SVG = 'http://www.w3.org/2000/svg';
function sv(tag, attrs = {}, ...kids) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) e.setAttribute(k, v);
  for (const k of kids.flat()) if (k != null) e.append(k instanceof Node ? k : document.createTextNode(String(k)));
  return e;
}
async function api(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const url = '/api/v1/' + path + (q.toString() ? '?' + q : '');
  const r = await fetch(url, { headers: { accept: 'application/json' } });
  const j = await r.json();
  if (!j.ok) throw new Error(j.error || ('HTTP ' + r.status));
  return j;
}
function parseHash() {
  const h = location.hash.replace(/^#\/?/, '');
  const [path, qs] = h.split('?');
  const parts = path.split('/');
  return { name: parts[0] || 'search', arg: parts.slice(1).map(decodeURIComponent).join('/'), params: new URLSearchParams(qs || '') };
}
function go(name, params = {}, arg) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  location.hash = '#/' + name + (arg ? '/' + encodeURIComponent(arg) : '') + (q.toString() ? '?' + q : '');
}
function showError(e) { view.append(el('p', { class: 'error' }, String(e.message || e))); }
// Snippets mark matches with U+0002 … U+0003; build nodes, never HTML.
function snippet(s) {
  const out = [];
  s.split('\u0002').forEach((part, i) => {
    if (i === 0) { out.push(part); return; }
    const [hit, rest] = part.split('\u0003');
    out.push(el('mark', {}, hit), rest || '');
  });
  return out;
}
const TYPE_COLORS = {};
const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf',
  '#393b79', '#ad494a', '#637939', '#8c6d31', '#843c39', '#7b4173'];
function typeColor(t) { if (!TYPE_COLORS[t]) TYPE_COLORS[t] = PALETTE[Object.keys(TYPE_COLORS).length % PALETTE.length]; return TYPE_COLORS[t]; }

// ---------- detail panel ----------
const detail = $('#detail');
$('#close-detail').addEventListener('click', () => { detail.hidden = true; });
function showDetail(title, records) {
  const body = $('#detail-body');
  body.replaceChildren(el('h2', {}, title));
  for (const r of records) {
    const dl = el('dl', { class: 'kv' });
    for (const [k, v] of r.fields) {
      if (v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length)) continue;
      dl.append(el('dt', {}, k), el('dd', {}, typeof v === 'object' && !(v instanceof Node) ? JSON.stringify(v) : v));
    }
    body.append(el('div', { class: 'rec', 'data-kind': r.kind }, el('h3', {}, r.title), dl));
  }
  detail.hidden = false;
}

// ---------- views ----------
const views = {};

views.search = async ({ params }) => {
  const q = params.get('q') || '', actor = params.get('actor') || '';
  const form = el('form', { class: 'bar', id: 'search-form' },
    el('input', { type: 'search', name: 'q', placeholder: 'Full text (words)', value: q }),
    el('input', { type: 'search', name: 'actor', placeholder: 'Actor code or name (RUS, Putin)', value: actor }),
    el('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', ev => { ev.preventDefault(); go('search', { q: form.q.value, actor: form.actor.value }); });
  view.replaceChildren(el('h1', {}, 'Search'), form);
  if (!q && !actor) {
    view.append(el('p', { class: 'muted' }, 'Search article text and quotes, or find the articles that mention an actor.'));
    return;
  }
  const { results } = await api('search', { q, actor, limit: 50 });
  const list = el('ul', { class: 'results', id: 'article-results' });
  for (const a of results.articles) {
    list.append(el('li', {},
      el('a', { href: '#/article/' + encodeURIComponent(a.id), class: 'article-link' }, a.title || a.id),
      ' ', el('span', { class: 'muted' }, [a.date, a.source].filter(Boolean).join(' · ')),
      el('div', {}, snippet(a.snippet))));
  }
  view.append(el('h2', {}, `Articles (${results.articles.length})`), results.articles.length ? list : el('p', { class: 'muted' }, 'No article matches.'));
  if (results.quotes.length) {
    const ql = el('ul', { class: 'results' });
    for (const x of results.quotes) ql.append(el('li', {}, el('b', {}, x.speaker || 'unknown speaker'), ' → “', x.content, '” ',
      el('a', { href: '#/article/' + encodeURIComponent(x.article) }, x.article)));
    view.append(el('h2', {}, `Quotes (${results.quotes.length})`), ql);
  }
  if (results.actors.length) {
    const t = el('table', {}, el('tr', {}, ['Code', 'Name', 'Mentions', 'As actor', 'As recipient', ''].map(h => el('th', {}, h))));
    for (const a of results.actors) t.append(el('tr', {}, el('td', { class: 'mono' }, a.code), el('td', {}, a.name || ''),
      el('td', {}, a.mentions), el('td', {}, a.as_actor), el('td', {}, a.as_recipient),
      el('td', {}, el('a', { href: '#/timeline?actor=' + encodeURIComponent(a.code) }, 'timeline'))));
    view.append(el('h2', {}, 'Actors'), t);
  }
};

// Byte offsets (API) → UTF-16 indices (JS strings).
function byteIndex(text) {
  const map = new Map();
  let b = 0;
  for (let i = 0; i < text.length;) {
    const c = text.codePointAt(i);
    map.set(b, i);
    b += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += c > 0xffff ? 2 : 1;
  }
  map.set(b, text.length);
  return ([s, e]) => [map.get(s) ?? 0, map.get(e) ?? text.length];
}

views.article = async ({ arg }) => {
  const { article } = await api('articles/' + encodeURIComponent(arg).replace(/%2F/g, '/'));
  const doc = article.doc, m = doc.meta, text = doc.text, at = byteIndex(text);
  const cut = sp => text.slice(...at(sp));
  const actors = doc.actors || [];
  const anns = [];
  const add = (sp, kind, rec) => { const [s, e] = at(sp); if (e > s) anns.push({ s, e, kind, rec }); };
  (doc.entities || []).forEach((x, i) => add(x.span, 'entity', { kind: 'entity', title: `Entity ${x.label}`, fields: [['text', cut(x.span)], ['label', x.label], ['span', x.span], ['rule', x.rule]] }));
  actors.forEach((x, i) => add(x.span, 'actor', { kind: 'actor', title: `Actor ${x.code}`, fields: [['text', cut(x.span)], ['code', x.code], ['name', x.name], ['actor id', x.actor_id], ['country', x.country], ['sector', x.sector], ['qid', x.qid], ['antecedent', x.antecedent != null ? cut(actors[x.antecedent].span) : null], ['span', x.span], ['rule', x.rule]] }));
  const party = p => (p.code ? p.code + ' ' : '') + '“' + cut(p.span) + '”';
  (doc.events || []).forEach((x, i) => add(x.trigger, 'event', { kind: 'event', title: `Event ${x.type}${x.mode ? ' (' + x.mode + ')' : ''}`, fields: [
    ['id', article.event_ids[i]], ['trigger', cut(x.trigger)], ['actors', (x.actors || []).map(party).join(', ')], ['recipients', (x.recipients || []).map(party).join(', ')],
    ['attributed to', x.attributed_to ? party(x.attributed_to) : null], ['context', (x.context || []).join(', ')], ['aux', (x.aux || []).join(', ')],
    ['intensity', x.intensity], ['CAMEO root', x.cameo], ['magnitudes', Object.keys(x.magnitudes || {}).length ? x.magnitudes : null],
    ['sentence', x.sentence], ['span', x.trigger], ['pattern', x.pattern]] }));
  (doc.quotes || []).forEach((x, i) => {
    const rec = { kind: 'quote', title: `Quote (${x.kind})`, fields: [['id', article.quote_ids[i]], ['speaker', x.speaker_name || (x.source ? cut(x.source) : null)],
      ['speaker code', x.speaker_code], ['content', (x.content || []).map(cut).join(' … ')], ['cue', x.cue ? cut(x.cue) : null], ['sentence', x.sentence], ['rule', x.rule]] };
    (x.content || []).forEach(sp => add(sp, 'quote', rec));
    if (x.source) add(x.source, 'speaker', rec);
    if (x.cue) add(x.cue, 'cue', rec);
  });
  (doc.claims || []).forEach((x, i) => add(x.span, 'claim', { kind: 'claim', title: `Claim ${x.value}${x.value_max != null ? '–' + x.value_max : ''} ${x.unit}`, fields: [
    ['id', article.claim_ids[i]], ['text', cut(x.span)], ['modifier', x.modifier], ['about', x.about], ['counted', x.counted ? cut(x.counted) : null],
    ['claimant', x.claimant], ['claimant text', x.claimant_span ? cut(x.claimant_span) : null], ['date', x.date], ['setting', x.setting], ['conflicts', x.conflicts], ['sentence', x.sentence]] }));

  // Split the text at every annotation boundary; each piece carries the classes of all covering records.
  const cuts = new Set([0, text.length]);
  for (const a of anns) { cuts.add(a.s); cuts.add(a.e); }
  const pts = [...cuts].sort((a, b) => a - b);
  const body = el('div', { class: 'article-text', id: 'article-text' });
  for (let k = 0; k + 1 < pts.length; k++) {
    const s = pts[k], e = pts[k + 1];
    const cover = anns.filter(a => a.s <= s && a.e >= e);
    const piece = text.slice(s, e);
    if (!cover.length) { body.append(piece); continue; }
    const kinds = [...new Set(cover.map(a => a.kind))];
    const span = el('span', { class: 'seg ' + kinds.map(k => 'hl-' + k).join(' '), 'data-kinds': kinds.join(' ') }, piece);
    span.addEventListener('click', () => {
      document.querySelectorAll('.seg.selected').forEach(x => x.classList.remove('selected'));
      span.classList.add('selected');
      const recs = [...new Set(cover.map(a => a.rec))];
      showDetail('“' + piece + '”', recs);
    });
    body.append(span);
  }
  const legend = el('p', { class: 'legend' }, ['entity', 'actor', 'event', 'quote', 'speaker', 'claim'].map(k => el('span', { class: 'hl-' + k }, k)));
  const meta = el('p', { class: 'muted' }, [m.date, m.source, m.author ? 'by ' + m.author : null, m.url ? el('a', { href: m.url, rel: 'noreferrer' }, m.url) : null, 'id ' + m.id, 'hash ' + article.hash.slice(0, 12)].filter(Boolean).flatMap((x, i) => i ? [' · ', x] : [x]));
  view.replaceChildren(el('h1', {}, m.title || m.id), meta, legend, el('div', { class: 'card' }, body));
  // Record tables under the text.
  const evs = doc.events || [];
  if (evs.length) {
    const t = el('table', { id: 'article-events' }, el('tr', {}, ['Type', 'Mode', 'Actor', 'Recipient', 'Trigger', 'Intensity', 'Pattern'].map(h => el('th', {}, h))));
    evs.forEach(x => t.append(el('tr', {}, el('td', {}, x.type), el('td', {}, x.mode || ''), el('td', {}, (x.actors || []).map(party).join(', ')),
      el('td', {}, (x.recipients || []).map(party).join(', ')), el('td', {}, cut(x.trigger)), el('td', {}, x.intensity), el('td', { class: 'mono' }, x.pattern))));
    view.append(el('h2', {}, 'Events'), t);
  }
  const qs = doc.quotes || [];
  if (qs.length) {
    const ul = el('ul', { class: 'results' });
    qs.forEach(x => ul.append(el('li', {}, el('b', {}, x.speaker_name || (x.source ? cut(x.source) : 'unknown')), ' → “', (x.content || []).map(cut).join(' … '), '” ', el('span', { class: 'muted mono' }, x.rule))));
    view.append(el('h2', {}, 'Quotes'), ul);
  }
  const cs = doc.claims || [];
  if (cs.length) {
    const ul = el('ul', { class: 'results' });
    cs.forEach(x => ul.append(el('li', {}, el('b', {}, cut(x.span)), ' ', x.about || '', ' — claimed by ', el('span', { class: 'mono' }, x.claimant))));
    view.append(el('h2', {}, 'Claims'), ul);
  }
};

views.timeline = async ({ params }) => {
  const actor = params.get('actor') || '', recipient = params.get('recipient') || '', bucket = params.get('bucket') || 'week';
  const form = el('form', { class: 'bar', id: 'timeline-form' },
    el('input', { type: 'search', name: 'actor', placeholder: 'Actor (code or name)', value: actor, required: '' }),
    el('input', { type: 'search', name: 'recipient', placeholder: 'Recipient (optional)', value: recipient }),
    el('select', { name: 'bucket' }, ['day', 'week', 'month'].map(b => { const o = el('option', { value: b }, b); if (b === bucket) o.selected = true; return o; })),
    el('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', ev => { ev.preventDefault(); go('timeline', { actor: form.actor.value, recipient: form.recipient.value, bucket: form.bucket.value }); });
  view.replaceChildren(el('h1', {}, 'Event timeline'), form);
  if (!actor) {
    const { actors } = await api('actors', { limit: 20 });
    const p = el('p', {}, 'Pick an actor: ');
    actors.forEach(a => p.append(el('a', { class: 'tag', href: '#/timeline?actor=' + encodeURIComponent(a.code) + '&bucket=' + bucket }, a.code)));
    view.append(p);
    return;
  }
  const { series } = await api('series', { actor, recipient, bucket });
  view.append(el('p', { class: 'muted' }, recipient ? `Events ${actor} → ${recipient}, per ${bucket}` : `Events involving ${actor}, per ${bucket}`));
  if (!series.length) { view.append(el('p', { class: 'muted' }, 'No dated events.')); return; }
  view.append(timelineChart(series));
  const { events } = await api('events', recipient ? { actor, recipient, limit: 100 } : { actor, limit: 100 });
  const t = el('table', {}, el('tr', {}, ['Date', 'Type', 'Actor', 'Recipient', 'Trigger', 'Article'].map(h => el('th', {}, h))));
  for (const e of events) t.append(el('tr', {}, el('td', {}, e.date || ''), el('td', {}, e.type), el('td', {}, e.actors.map(p => p.code || p.name).join(', ')),
    el('td', {}, e.recipients.map(p => p.code || p.name).join(', ')), el('td', {}, e.trigger_text), el('td', {}, el('a', { href: '#/article/' + encodeURIComponent(e.article) }, e.article))));
  view.append(el('h2', {}, 'Events (as source actor)'), t);
};

function timelineChart(series) {
  const periods = [...new Set(series.map(p => p.period))].sort();
  const types = [...new Set(series.map(p => p.type))].sort();
  const W = 860, H = 300, L = 40, R = 40, T = 16, B = 46;
  const byP = new Map(periods.map(p => [p, []]));
  series.forEach(p => byP.get(p.period).push(p));
  const totals = periods.map(p => byP.get(p).reduce((s, x) => s + x.count, 0));
  const maxC = Math.max(1, ...totals);
  const bw = Math.min(90, (W - L - R) / periods.length);
  const y = c => H - B - (c / maxC) * (H - T - B);
  const yi = v => H - B - ((v + 10) / 20) * (H - T - B);
  const svg = sv('svg', { class: 'chart', id: 'timeline-chart', viewBox: `0 0 ${W} ${H}`, width: W, height: H });
  svg.append(sv('line', { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: '#999' }));
  for (let k = 0; k <= 4; k++) { const c = Math.round(maxC * k / 4); svg.append(sv('text', { x: L - 6, y: y(c) + 4, 'text-anchor': 'end' }, c)); }
  svg.append(sv('text', { x: W - R + 4, y: yi(10) + 4 }, '+10'), sv('text', { x: W - R + 4, y: yi(0) + 4 }, '0'), sv('text', { x: W - R + 4, y: yi(-10) + 4 }, '−10'));
  const line = [];
  periods.forEach((p, i) => {
    let acc = 0, wsum = 0, n = 0;
    for (const x of byP.get(p).sort((a, b) => a.type.localeCompare(b.type))) {
      const h = (x.count / maxC) * (H - T - B);
      const r = sv('rect', { x: L + i * bw + bw * 0.15, y: y(acc + x.count), width: bw * 0.7, height: h, fill: typeColor(x.type) });
      r.append(sv('title', {}, `${p} ${x.type}: ${x.count} (mean intensity ${x.mean_intensity.toFixed(2)})`));
      svg.append(r);
      acc += x.count; wsum += x.mean_intensity * x.count; n += x.count;
    }
    line.push([L + i * bw + bw / 2, yi(wsum / n)]);
    if (periods.length <= 24 || i % Math.ceil(periods.length / 24) === 0) svg.append(sv('text', { x: L + i * bw + bw / 2, y: H - B + 14, 'text-anchor': 'middle' }, p));
  });
  svg.append(sv('polyline', { points: line.map(p => p.join(',')).join(' '), fill: 'none', stroke: '#222', 'stroke-width': 2, 'stroke-dasharray': '4 3' }));
  line.forEach(([x, yy]) => svg.append(sv('circle', { cx: x, cy: yy, r: 3, fill: '#222' })));
  let lx = L;
  types.forEach(t => { svg.append(sv('rect', { x: lx, y: H - 18, width: 10, height: 10, fill: typeColor(t) }), sv('text', { x: lx + 14, y: H - 9 }, t)); lx += 26 + t.length * 8; });
  svg.append(sv('text', { x: lx + 10, y: H - 9 }, '- - mean intensity (right axis)'));
  return svg;
}

views.network = async ({ params }) => {
  const actor = params.get('actor') || '';
  const form = el('form', { class: 'bar' }, el('input', { type: 'search', name: 'actor', placeholder: 'Only edges touching actor', value: actor }), el('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', ev => { ev.preventDefault(); go('network', { actor: form.actor.value }); });
  view.replaceChildren(el('h1', {}, 'Actor network'), form, el('p', { class: 'muted' }, 'Who acts on whom: arrow width = events, colour = mean intensity (red conflict, green cooperation). Click a node for its timeline.'));
  const { edges } = await api('network', { actor, limit: 80 });
  if (!edges.length) { view.append(el('p', { class: 'muted' }, 'No events with resolved actor and recipient.')); return; }
  const deg = new Map();
  edges.forEach(e => { deg.set(e.actor, (deg.get(e.actor) || 0) + e.count); deg.set(e.recipient, (deg.get(e.recipient) || 0) + e.count); });
  const nodes = [...deg.keys()].sort((a, b) => deg.get(b) - deg.get(a)).slice(0, 40);
  const W = 760, H = 560, cx = W / 2, cy = H / 2, rad = Math.min(W, H) / 2 - 70;
  const pos = new Map(nodes.map((n, i) => [n, [cx + rad * Math.cos(2 * Math.PI * i / nodes.length - Math.PI / 2), cy + rad * Math.sin(2 * Math.PI * i / nodes.length - Math.PI / 2)]]));
  const maxE = Math.max(...edges.map(e => e.count));
  const svg = sv('svg', { class: 'chart', id: 'network-chart', viewBox: `0 0 ${W} ${H}`, width: W, height: H });
  const defs = sv('defs', {}, sv('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 30, refY: 5, markerWidth: 10, markerHeight: 10, markerUnits: 'userSpaceOnUse', orient: 'auto' }, sv('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#555' })));
  svg.append(defs);
  const color = v => v < -0.5 ? '#c0392b' : v > 0.5 ? '#2e8b57' : '#888';
  for (const e of edges) {
    if (!pos.has(e.actor) || !pos.has(e.recipient) || e.actor === e.recipient) continue;
    const [x1, y1] = pos.get(e.actor), [x2, y2] = pos.get(e.recipient);
    const mx = (x1 + x2) / 2 + (y2 - y1) * 0.12, my = (y1 + y2) / 2 - (x2 - x1) * 0.12;
    const p = sv('path', { d: `M${x1},${y1} Q${mx},${my} ${x2},${y2}`, fill: 'none', stroke: color(e.mean_intensity), 'stroke-opacity': 0.75, 'stroke-width': 1 + 5 * e.count / maxE, 'marker-end': 'url(#arrow)' });
    p.append(sv('title', {}, `${e.actor} → ${e.recipient}: ${e.count} events, mean intensity ${e.mean_intensity.toFixed(2)}`));
    svg.append(p);
  }
  for (const n of nodes) {
    const [x, y] = pos.get(n);
    const g = sv('g', { class: 'node' });
    g.append(sv('circle', { cx: x, cy: y, r: 6 + 10 * Math.sqrt(deg.get(n) / Math.max(...deg.values())), fill: '#1f5fbf', 'fill-opacity': 0.85 }),
      sv('text', { x: x + (x >= cx ? 14 : -14), y: y + 4, 'text-anchor': x >= cx ? 'start' : 'end' }, n));
    g.addEventListener('click', () => go('timeline', { actor: n, bucket: 'week' }));
    svg.append(g);
  }
  view.append(svg);
};

views.sources = async () => {
  view.replaceChildren(el('h1', {}, 'Source profiles'));
  const { sources } = await api('sources', { limit: 200 });
  const t = el('table', { id: 'sources-table' }, el('tr', {}, ['Outlet', 'Articles', 'Event mix', 'Quotes', 'Claims', 'Most quoted speakers'].map(h => el('th', {}, h))));
  for (const s of sources) {
    const total = s.event_mix.reduce((a, [, n]) => a + n, 0);
    const bar = el('div', { class: 'bar-mix', title: s.event_mix.map(([t, n]) => `${t} ${n}`).join(', ') },
      s.event_mix.map(([t, n]) => el('span', { style: `width:${100 * n / total}%;background:${typeColor(t)}`, title: `${t}: ${n}` })));
    t.append(el('tr', {}, el('td', {}, s.source || '(unknown)'), el('td', {}, s.articles),
      el('td', {}, total ? bar : el('span', { class: 'muted' }, 'no events'), el('div', { class: 'muted' }, s.event_mix.slice(0, 4).map(([t, n]) => `${t} ${n}`).join(' · '))),
      el('td', {}, s.quotes), el('td', {}, s.claims), el('td', {}, s.top_speakers.map(([w, n]) => `${w} (${n})`).join(', '))));
  }
  view.append(t);
};

views.conflicts = async ({ params }) => {
  const about = params.get('about') || '';
  view.replaceChildren(el('h1', {}, 'Conflicting claims'), el('p', { class: 'muted' }, 'Pairs of numeric claims from two articles about the same thing (same counted key, unit and setting: the governing verb and places), from different claimants, reported at most two days apart, whose values cannot both be true.'));
  const { conflicts } = await api('conflicts', { about, limit: 200 });
  if (!conflicts.length) { view.append(el('p', { class: 'muted' }, 'No conflicting claims.')); return; }
  const t = el('table', { id: 'conflicts-table' }, el('tr', {}, ['About', 'Claim A', 'Claim B'].map(h => el('th', {}, h))));
  const cell = c => el('td', {}, el('b', {}, c.text), ` (${c.value}${c.value_max != null ? '–' + c.value_max : ''} ${c.unit}, ${c.modifier})`, el('br'),
    'by ', el('span', { class: 'mono' }, c.claimant), ' · ', c.date || '', ' · ', el('a', { href: '#/article/' + encodeURIComponent(c.article) }, c.article), c.source ? ' · ' + c.source : '');
  for (const c of conflicts) t.append(el('tr', {}, el('td', {}, c.about, c.a.setting ? el('br') : null, c.a.setting ? el('span', { class: 'muted mono' }, c.a.setting) : null), cell(c.a), cell(c.b)));
  view.append(t);
};

async function render() {
  const r = parseHash();
  document.querySelectorAll('nav a').forEach(a => a.classList.toggle('active', a.dataset.view === r.name));
  const fn = views[r.name] || views.search;
  delete view.dataset.ready;
  detail.hidden = true;
  view.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
  try { await fn(r); } catch (e) { view.replaceChildren(); showError(e); }
  view.dataset.ready = r.name;
}
window.addEventListener('hashchange', render);
api('stats').then(({ counts }) => { $('#stats').textContent = `${counts.articles} articles · ${counts.events} events · ${counts.quotes} quotes · ${counts.claims} claims`; }).catch(() => {});
render();
