// A Web Worker for search-query.js: how close in meaning a query is to every section of the
// site. The model is all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0), its weights as int8
// in assets/search/minilm.bin (scripts/search_model.py writes it); every section's vector is
// in search/sections.bin, written at build time by overrides/hooks/search_model.py with the
// same tokenizer and arithmetic as here (tests/test_search.py compares the two). No request
// leaves the site.
const D = 384, HEADS = 12, LAYERS = 6, LIMIT = 128

// A file of named tensors: uint32 header length, a JSON header, then each tensor's bytes
async function read(url) {
  const buffer = await (await fetch(url)).arrayBuffer()
  const n = new DataView(buffer).getUint32(0, true)
  const head = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, n)))
  const t = {}
  for (const x of head.tensors) {
    const Type = x.dtype === "i1" ? Int8Array : Float32Array
    t[x.name] = new Type(buffer, 4 + n + x.offset, x.shape.reduce((a, b) => a * b, 1))
  }
  return [head, t]
}

// BERT's uncased tokenizer: lowercase, accents off, punctuation apart, then WordPiece
const PUNCT = c => /\p{P}/u.test(c) || (c < "\x80" && !/[a-z0-9\s]/.test(c)) ||
  (c >= "\u4e00" && c <= "\u9fff")
function tokens(text, vocab) {
  text = text.replace(/[\p{C}\ufffd]/gu, c => (/\s/.test(c) ? " " : "")).toLowerCase().normalize("NFD").replace(/\p{Mn}/gu, "")
  const words = []
  let word = ""
  for (const c of text) {
    if (/\s/.test(c) || PUNCT(c)) {
      if (word) words.push(word)
      word = ""
      if (!/\s/.test(c)) words.push(c)
    } else word += c
  }
  if (word) words.push(word)
  const ids = [vocab.get("[CLS]")]
  for (const w of words) {
    const chars = [...w], pieces = []
    for (let start = 0; start < chars.length;) {
      let end = chars.length
      const piece = e => (start ? "##" : "") + chars.slice(start, e).join("")
      while (end > start && !vocab.has(piece(end))) end--
      if (end === start || chars.length > 100) { pieces.length = 0; pieces.push(vocab.get("[UNK]")); break }
      pieces.push(vocab.get(piece(end)))
      start = end
    }
    ids.push(...pieces)
  }
  return [...ids.slice(0, LIMIT - 1), vocab.get("[SEP]")]
}

// The arithmetic of overrides/hooks/search_model.py, row by row
let model
function linear(x, T, name, n) { // x: T rows of n; weights int8, one scale per output row
  const W = model[name + ".weight"], s = model[name + ".weight.scale"], b = model[name + ".bias"]
  const m = s.length, y = new Float32Array(T * m)
  for (let o = 0; o < m; o++)
    for (let i = 0; i < T; i++) {
      let acc = 0
      for (let j = 0; j < n; j++) acc += x[i * n + j] * W[o * n + j]
      y[i * m + o] = acc * s[o] + b[o]
    }
  return y
}
function norm(x, T, name) {
  const w = model[name + ".weight"], b = model[name + ".bias"]
  for (let i = 0; i < T; i++) {
    const row = x.subarray(i * D, (i + 1) * D)
    const mean = row.reduce((a, v) => a + v, 0) / D
    const variance = row.reduce((a, v) => a + (v - mean) ** 2, 0) / D
    for (let j = 0; j < D; j++) row[j] = ((row[j] - mean) / Math.sqrt(variance + 1e-12)) * w[j] + b[j]
  }
  return x
}
function erf(x) { // Abramowitz and Stegun 7.1.26
  const s = Math.sign(x), a = Math.abs(x), t = 1 / (1 + 0.3275911 * a)
  return s * (1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t +
    0.254829592) * t * Math.exp(-a * a))
}
function embed(ids) {
  const T = ids.length, e = "embeddings."
  let x = new Float32Array(T * D)
  const words = model[e + "word_embeddings.weight"], ws = model[e + "word_embeddings.weight.scale"]
  const places = model[e + "position_embeddings.weight"], ps = model[e + "position_embeddings.weight.scale"]
  ids.forEach((id, i) => {
    for (let j = 0; j < D; j++) x[i * D + j] = words[id * D + j] * ws[id] + places[i * D + j] * ps[i]
  })
  norm(x, T, e + "LayerNorm")
  const dh = D / HEADS
  for (let l = 0; l < LAYERS; l++) {
    const p = `encoder.layer.${l}.`, a = p + "attention."
    const [q, k, v] = ["query", "key", "value"].map(n => linear(x, T, a + "self." + n, D))
    const context = new Float32Array(T * D), s = new Float32Array(T)
    for (let h = 0; h < HEADS; h++)
      for (let i = 0; i < T; i++) {
        for (let j = 0; j < T; j++) {
          let acc = 0
          for (let c = h * dh; c < (h + 1) * dh; c++) acc += q[i * D + c] * k[j * D + c]
          s[j] = acc / Math.sqrt(dh)
        }
        const top = Math.max(...s)
        let sum = 0
        for (let j = 0; j < T; j++) sum += (s[j] = Math.exp(s[j] - top))
        for (let j = 0; j < T; j++)
          for (let c = h * dh; c < (h + 1) * dh; c++) context[i * D + c] += (s[j] / sum) * v[j * D + c]
      }
    const attended = linear(context, T, a + "output.dense", D)
    for (let i = 0; i < T * D; i++) attended[i] += x[i]
    x = norm(attended, T, a + "output.LayerNorm")
    const hidden = linear(x, T, p + "intermediate.dense", D)
    for (let i = 0; i < hidden.length; i++) hidden[i] *= 0.5 * (1 + erf(hidden[i] / Math.SQRT2))
    const out = linear(hidden, T, p + "output.dense", hidden.length / T)
    for (let i = 0; i < T * D; i++) out[i] += x[i]
    x = norm(out, T, p + "output.LayerNorm")
  }
  const mean = new Float32Array(D)
  for (let i = 0; i < T; i++) for (let j = 0; j < D; j++) mean[j] += x[i * D + j] / T
  const length = Math.hypot(...mean)
  return mean.map(v => v / length)
}

let vocab, sections
onmessage = async ({ data }) => {
  if (data.type === "load") {
    const [[head, weights], [index, vectors], docs] = await Promise.all([
      read(data.model), read(data.sections), fetch(data.index).then(r => r.json())])
    model = weights
    vocab = new Map(head.vocab.map((w, i) => [w, i]))
    sections = { locations: index.locations, vectors: vectors.vectors, scales: vectors["vectors.scale"] }
    // The vectors were written from this search index: a section out of step is no result
    const fresh = docs.docs.length === index.locations.length &&
      docs.docs.every((d, i) => d.location === index.locations[i])
    postMessage({ type: "ready", fresh, docs: docs.docs })
  } else if (data.type === "embed") {
    const ids = tokens(data.text, vocab), q = embed(ids)
    const { vectors, scales } = sections, scores = new Float32Array(scales.length)
    for (let i = 0; i < scales.length; i++) {
      let acc = 0
      for (let j = 0; j < D; j++) acc += vectors[i * D + j] * q[j]
      scores[i] = acc * scales[i]
    }
    postMessage({ type: "scores", id: data.id, scores, ...(data.debug ? { ids, vector: q } : {}) })
  }
}
