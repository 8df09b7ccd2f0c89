"""The shared clustering engine (voc.analyze.clustering): kNN smoothing, k read from the data, centroids that
assign new documents in plain embedding space, bounded fit sample."""

from __future__ import annotations

import numpy as np
import pytest

from voc.analyze import clustering


def _groups(scale: float, per: int = 30, k: int = 6, dim: int = 64, seed: int = 0):
    """k close-together unit centres (shared base direction) with ``per`` noisy members each."""
    rng = np.random.default_rng(seed)
    centres = clustering._unit(rng.normal(size=dim) + 0.9 * rng.normal(size=(k, dim)))
    emb = clustering._unit(np.repeat(centres, per, axis=0) + rng.normal(scale=scale, size=(k * per, dim)))
    return emb, np.repeat(np.arange(k), per), centres


def _agree(a, b) -> bool:
    """Same partition up to renaming."""
    return len(set(zip(a.tolist(), b.tolist()))) == len(set(a.tolist())) == len(set(b.tolist()))


def test_smoothing_pulls_each_group_together_and_zero_neighbours_is_plain():
    emb, y, _ = _groups(0.12)
    rep = clustering.represent(emb)
    assert np.allclose(np.linalg.norm(rep, axis=1), 1, atol=1e-5)
    assert np.allclose(clustering.represent(emb, 0), clustering._unit(emb))
    same = y[:, None] == y[None, :]

    def spread(x):
        sim = x @ x.T
        return sim[same].mean() - sim[~same].mean()

    assert spread(rep) > spread(emb) + 0.05
    # tiny inputs: fewer rows than neighbours
    assert clustering.represent(emb[:1]).shape == (1, 64)
    assert np.allclose(clustering.represent(emb[:2])[0], clustering._unit(emb[0] + emb[1]))


def test_smoothing_reads_the_right_k_where_plain_embeddings_split_the_groups():
    emb, y, _ = _groups(0.12)
    assert clustering.estimate_k(emb, neighbours=0) > 12          # plain MiniLM-style cut: noise splits groups
    part = clustering.fit(emb)
    assert part.k == 6 and _agree(part.labels, y)
    assert part.k_cut["k_estimated"] == 6 and part.k_cut["neighbours"] == clustering.NEIGHBOURS


def test_centroids_live_in_the_input_space_and_assign_new_documents():
    emb, y, centres = _groups(0.1)
    part = clustering.fit(emb)
    assert part.centroids.shape == (6, 64)
    assert np.allclose(np.linalg.norm(part.centroids, axis=1), 1, atol=1e-5)
    # a later night's documents, from their own embeddings alone, land with their group's fitted documents
    new, y_new, _ = _groups(0.1, per=5, seed=0)
    got = clustering.assign(new + 0.0, part.centroids)
    fitted_of = {int(g): int(np.bincount(part.labels[y == g]).argmax()) for g in range(6)}
    assert [fitted_of[int(g)] for g in y_new] == got.tolist()
    assert (clustering.assign(new, part.centroids, floor=1.01) == -1).all()
    sizes = np.bincount(part.labels)
    assert sizes.tolist() == sorted(sizes.tolist(), reverse=True)   # ids by size, 0 = largest


def test_fit_sees_a_bounded_sample_and_assigns_the_rest():
    emb, y, _ = _groups(0.1, per=40)
    part = clustering.fit(emb, max_fit=90)
    assert part.k_cut["fit_docs"] == 90 and len(part.labels) == 240
    assert part.k == 6 and _agree(part.labels, y)


@pytest.mark.parametrize("k", [1, 3])
def test_fixed_k_and_degenerate_inputs(k):
    emb, _, _ = _groups(0.1, per=10)
    assert clustering.fit(emb, k=k).k == k
    assert clustering.fit(np.zeros((0, 8))).k == 0
    same = clustering.fit(np.ones((5, 8)))
    assert same.k == 1 and same.labels.tolist() == [0] * 5
