"""MkDocs hook: search/sections.bin, each search-index section's meaning as a vector (cached in
.cache/), by all-MiniLM-L6-v2 (docs/assets/search/minilm.bin); search-semantic.js embeds the
query with the same tokenizer and arithmetic, and the search box ranks by both."""

import hashlib
import json
import math
import re
import struct
import unicodedata
from pathlib import Path

import numpy as np

from project_facts import ROOT, plain

MODEL = ROOT / "docs" / "assets" / "search" / "minilm.bin"
CACHE = ROOT / ".cache" / "search-sections.npz"
LIMIT = 128  # tokens a text is cut to, query or section


def write(path, tensors: dict, **head):
    """A file of named tensors (2-D ones as int8, one scale per row): search-semantic.js reads it."""
    parts, blobs, offset = [], [], 0
    for name, a in tensors.items():
        pieces = [(name, np.asarray(a, "<f4"))]
        if a.ndim == 2:
            scale = np.abs(a).max(1) / 127
            pieces = [(name, np.round(a / scale[:, None]).astype("i1")), (name + ".scale", scale.astype("<f4"))]
        for n, p in pieces:  # each tensor starts 4-byte aligned, as a Float32Array needs
            parts.append({"name": n, "shape": p.shape, "dtype": p.dtype.str[1:], "offset": offset})
            blobs.append(p.tobytes() + b"\0" * (-p.nbytes % 4))
            offset += len(blobs[-1])
    text = json.dumps({**head, "tensors": parts}).encode()
    text += b" " * (-len(text) % 4)
    Path(path).write_bytes(struct.pack("<I", len(text)) + text + b"".join(blobs))


def read(path) -> tuple[dict, dict]:
    raw = Path(path).read_bytes()
    n = struct.unpack("<I", raw[:4])[0]
    head = json.loads(raw[4 : 4 + n])
    t = {x["name"]: np.frombuffer(raw, x["dtype"], math.prod(x["shape"]), 4 + n + x["offset"])
         .reshape(x["shape"]) for x in head["tensors"]}
    return head, {k: v * t[k + ".scale"][:, None] if v.dtype == np.int8 else v
                  for k, v in t.items() if not k.endswith(".scale")}


def _apart(c):  # BERT's punctuation, and CJK ideographs, are words of their own
    return unicodedata.category(c)[0] == "P" or "\u4e00" <= c <= "\u9fff" or (
        c < "\x80" and not re.match(r"[a-z0-9\s]", c))


def tokens(text: str, vocab: dict) -> list[int]:
    """BERT's uncased tokenizer: lowercase, accents off, punctuation apart, then WordPiece."""
    text = "".join(c for c in text.lower() if c.isspace() or (unicodedata.category(c)[0] != "C" and c != "\ufffd"))
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    words, word = [], ""
    for c in text:
        if c.isspace() or _apart(c):
            words += [word, c if _apart(c) else ""]
            word = ""
        else:
            word += c
    ids = [vocab["[CLS]"]]
    for w in filter(None, words + [word]):
        pieces, start = [], 0
        while start < len(w):
            end = len(w)
            while end > start and ("##" * bool(start) + w[start:end]) not in vocab:
                end -= 1
            if end == start or len(w) > 100:
                pieces = [vocab["[UNK]"]]
                break
            pieces.append(vocab["##" * bool(start) + w[start:end]])
            start = end
        ids += pieces
    return ids[: LIMIT - 1] + [vocab["[SEP]"]]


def _erf(x):  # Abramowitz and Stegun 7.1.26, as in search-semantic.js
    t = 1 / (1 + 0.3275911 * np.abs(x))
    poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t
    return np.sign(x) * (1 - poly * np.exp(-x * x))


def embed(ids: list[int], w: dict) -> np.ndarray:
    """all-MiniLM-L6-v2: 6 BERT layers, the tokens' mean, unit length."""
    def norm(x, name):
        x = (x - x.mean(-1, keepdims=True)) / np.sqrt(x.var(-1, keepdims=True) + 1e-12)
        return x * w[name + ".weight"] + w[name + ".bias"]

    lin = lambda name, x: x @ w[name + ".weight"].T + w[name + ".bias"]
    heads = lambda x: x.reshape(len(ids), 12, 32).transpose(1, 0, 2)
    e = "embeddings."
    x = norm(w[e + "word_embeddings.weight"][ids] + w[e + "position_embeddings.weight"][: len(ids)], e + "LayerNorm")
    for i in range(6):
        p = f"encoder.layer.{i}."
        q, k, v = (heads(lin(f"{p}attention.self.{n}", x)) for n in ("query", "key", "value"))
        s = q @ k.transpose(0, 2, 1) / math.sqrt(32)
        s = np.exp(s - s.max(-1, keepdims=True))
        a = (s / s.sum(-1, keepdims=True) @ v).transpose(1, 0, 2).reshape(len(ids), 384)
        x = norm(x + lin(p + "attention.output.dense", a), p + "attention.output.LayerNorm")
        h = lin(p + "intermediate.dense", x)
        x = norm(x + lin(p + "output.dense", h * 0.5 * (1 + _erf(h / math.sqrt(2)))), p + "output.LayerNorm")
    return x.mean(0) / np.linalg.norm(x.mean(0))


def section_text(doc: dict) -> str:
    """What a section's vector is made from: its title, then its text, tags out."""
    return plain(doc["title"]) + ". " + plain(doc["text"])[:1500]


def on_post_build(config):
    site = Path(config["site_dir"]) / "search"
    docs = json.loads((site / "search_index.json").read_text("utf-8"))["docs"]
    model_id = hashlib.sha256(MODEL.read_bytes()).hexdigest()[:16]
    key = lambda text: hashlib.sha256(f"{model_id}\n{text}".encode()).hexdigest()[:24]
    texts = [section_text(d) for d in docs]
    keys = list(map(key, texts))
    vectors = dict(np.load(CACHE)) if CACHE.exists() else {}
    if missing := {k: t for k, t in zip(keys, texts) if k not in vectors}:  # a new text: the model
        head, w = read(MODEL)
        vocab = {v: i for i, v in enumerate(head["vocab"])}
        vectors |= {k: embed(tokens(t, vocab), w) for k, t in missing.items()}
        CACHE.parent.mkdir(exist_ok=True)
        np.savez(CACHE, **{k: vectors[k] for k in keys})
    write(site / "sections.bin", {"vectors": np.stack([vectors[k] for k in keys])},
          locations=[d["location"] for d in docs])
