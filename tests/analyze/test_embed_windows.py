"""Long texts are embedded by windows, not truncated at the model's input limit."""

from __future__ import annotations

import re

import numpy as np
import pytest

from voc.analyze.embeddings import windows


class _WordTokenizer:
    """One word piece per word, with character offsets, like a fast tokenizer's ``offset_mapping``."""

    def __call__(self, texts, **kw):
        assert kw.get("truncation") is False and kw.get("return_offsets_mapping")
        return {"offset_mapping": [[m.span() for m in re.finditer(r"\S+", t)] for t in texts]}


class _Enc:
    max_seq_length = 12            # 10 word pieces once the two special tokens are counted
    tokenizer = _WordTokenizer()


def test_short_texts_are_one_piece_each():
    texts = ["refund my order", "", "the parcel never came and nobody called back"]
    out = windows(texts, _Enc())
    assert [[p for p, _ in parts] for parts in out] == [[t] for t in texts]


def test_a_long_text_is_cut_into_equal_windows_at_word_starts_covering_every_word():
    words = [f"w{i}" for i in range(25)]
    text = " ".join(words)
    (parts,) = windows([text], _Enc())
    assert len(parts) == 3                                   # ceil(25 / 10)
    assert [n for _, n in parts] == [8, 9, 8]                # about equal, never over the limit
    assert " ".join(p for p, _ in parts).split() == words    # nothing lost, nothing doubled, no word split


def test_limit_exactly_met_is_not_cut():
    text = " ".join(f"x{i}" for i in range(10))
    assert windows([text], _Enc()) == [[(text, 10)]]


@pytest.mark.slow
def test_the_bundled_model_embeds_a_long_text_from_all_of_it():
    from voc.analyze.embeddings import embed, get_embedder

    enc = get_embedder()
    head = "I was charged twice for the same order and want the duplicate payment refunded to my card. " * 8
    tail = "Also the sofa arrived with a broken leg and the delivery driver left it in the rain outside. " * 8
    long = head + tail
    n = len(enc.tokenizer(long, add_special_tokens=False, verbose=False)["input_ids"])
    assert n > enc.max_seq_length
    e_long, e_head, e_tail, e_short = embed([long, head, tail, "refund the duplicate charge"])
    truncated = np.asarray(enc.encode([long], normalize_embeddings=True))[0]
    # the tail, which truncation drops, now counts: closer to the tail than the truncated embedding is
    assert float(e_long @ e_tail) > float(truncated @ e_tail) + 0.05
    assert float(e_long @ e_head) > 0.6 and float(e_long @ e_tail) > 0.6
    assert abs(float(np.linalg.norm(e_long)) - 1.0) < 1e-5
    # a short text in the same batch is embedded exactly as on its own
    assert np.allclose(e_short, embed(["refund the duplicate charge"])[0], atol=1e-5)


def test_a_model_folder_loads_with_local_files_only_and_a_hub_name_may_download(monkeypatch, tmp_path):
    """No hub for a folder on disk (the bundled model, or analysis.embedding_model = a path); only a hub name, for
    users who have a hub, may download."""
    import sys
    import types

    from voc.analyze import embeddings

    seen = []

    class Fake:
        def __init__(self, path, device="cpu", local_files_only=False):
            seen.append((path, local_files_only))

    monkeypatch.setitem(sys.modules, "sentence_transformers", types.SimpleNamespace(SentenceTransformer=Fake))
    embeddings.get_embedder.cache_clear()
    try:
        folder = tmp_path / "my-model"
        folder.mkdir()
        embeddings.get_embedder(str(folder))
        embeddings.get_embedder("bundled")
        embeddings.get_embedder("sentence-transformers/all-mpnet-base-v2")
    finally:
        embeddings.get_embedder.cache_clear()
    assert seen[0] == (str(folder), True)
    assert seen[1][1] is True
    assert seen[2] == ("sentence-transformers/all-mpnet-base-v2", False)
