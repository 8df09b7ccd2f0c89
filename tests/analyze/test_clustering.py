"""The shared clustering engine (voc.analyze.clustering): UMAP space, k by silhouette in MiniLM space, centroids
that assign new documents in plain embedding space, bounded fit sample."""

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


def test_k_grid_follows_the_data_size():
    assert clustering.k_grid(5) == [] and clustering.k_grid(8) == [2] and clustering.k_grid(12) == [3, 4]
    g = clustering.k_grid(98)
    assert g[0] == clustering.K_LOW and g[-1] == 98 // clustering.DOCS_PER_K and g == sorted(set(g))
    big = clustering.k_grid(100_000)
    assert big[-1] == clustering.K_HIGH and len(big) <= clustering.K_GRID


def test_scan_k_scores_partitions_in_the_given_space():
    rng = np.random.default_rng(1)
    E = clustering._unit(np.repeat(rng.normal(size=(3, 16)), 20, axis=0) + rng.normal(scale=0.05, size=(60, 16)))
    k, scores, labels = clustering.scan_k(E, E, [2, 3, 4, 5])
    assert k == 3 and set(scores) == {2, 3, 4, 5} and scores[3] == max(scores.values())
    assert _agree(labels, np.repeat(np.arange(3), 20))
    # the partitioned space and the scoring space may differ: noise coordinates scored on the clean vectors
    X = np.hstack([E, rng.normal(scale=2.0, size=(60, 16))])
    assert clustering.scan_k(X, E, [2, 3, 4, 5])[1] != scores


@pytest.mark.slow
def test_fit_reads_the_number_of_groups_in_umap_space():
    emb, y, _ = _groups(0.12)
    part = clustering.fit(emb)
    assert part.k == 6 and _agree(part.labels, y)
    assert part.k_cut["space"] == "umap" and part.k_cut["k_estimated"] == 6
    assert 0 < part.k_cut["silhouette"] <= 1
    again = clustering.fit(emb)                      # deterministic for a seed
    assert (again.labels == part.labels).all()


@pytest.mark.slow
def test_centroids_live_in_the_input_space_and_assign_new_documents():
    emb, y, _ = _groups(0.1)
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


@pytest.mark.slow
def test_fit_sees_a_bounded_sample_and_assigns_the_rest():
    emb, y, _ = _groups(0.1, per=40)
    part = clustering.fit(emb, max_fit=90)
    assert part.k_cut["fit_docs"] == 90 and len(part.labels) == 240
    assert part.k == 6 and _agree(part.labels, y)


def test_a_first_night_clusters_without_lumping():
    rng = np.random.default_rng(0)
    tiny = clustering.fit(rng.normal(size=(8, 32)))     # below UMAP_MIN_DOCS: KMeans on the MiniLM vectors
    assert tiny.k_cut["space"] == "minilm" and tiny.k == 2 and len(tiny.labels) == 8


@pytest.mark.slow
def test_a_small_night_finds_its_few_groups():
    emb, y, _ = _groups(0.05, per=7, k=4)           # 28 documents, 4 clear groups
    small = clustering.fit(emb)
    assert small.k_cut["space"] == "umap" and small.k == 4 and _agree(small.labels, y)


@pytest.mark.parametrize("k", [1, 3])
def test_fixed_k_and_degenerate_inputs(k):
    emb, _, _ = _groups(0.1, per=7)
    assert clustering.fit(emb, k=k).k == k
    assert clustering.fit(np.zeros((0, 8))).k == 0
    same = clustering.fit(np.ones((5, 8)))
    assert same.k == 1 and same.labels.tolist() == [0] * 5
    assert clustering.fit(np.ones((60, 8))).k == 1   # one distinct text repeated: no UMAP, one cluster


def test_co_association_is_the_share_of_runs_that_put_two_rows_together():
    runs = [np.array([0, 0, 1, 1]), np.array([1, 1, 0, 0]), np.array([0, 1, 1, 1]), np.array([2, 2, 2, 0])]
    C = clustering.co_association(runs)
    assert C.dtype == np.float32 and C.shape == (4, 4) and np.allclose(np.diag(C), 1) and np.allclose(C, C.T)
    assert C[0, 1] == 0.75 and C[2, 3] == 0.75 and C[0, 3] == 0.0 and C[1, 2] == 0.5


def test_consensus_cuts_the_agreement_of_the_runs():
    rng = np.random.default_rng(2)
    E = clustering._unit(np.repeat(rng.normal(size=(3, 16)), 10, axis=0) + rng.normal(scale=0.05, size=(30, 16)))
    truth = np.repeat(np.arange(3), 10)
    noisy = truth.copy()
    noisy[[0, 10]] = [1, 2]                    # one run misplaces two rows; one run splits a group
    split = np.where(np.arange(30) < 5, 3, truth)
    runs = [(3, truth), (3, np.array([2, 0, 1])[truth]), (3, noisy), (4, split), (3, truth)]
    for rule in ("silhouette", "median"):
        k, labels, scores = clustering.consensus(E, runs, rule)
        assert k == 3 and _agree(labels, truth) and sorted(set(labels.tolist())) == [0, 1, 2]
    assert set(clustering.consensus(E, runs, "silhouette")[2]) == {3, 4}


@pytest.mark.slow
def test_an_ensemble_fit_keeps_the_partition_contract():
    emb, y, _ = _groups(0.12)
    part = clustering.fit(emb, ensemble=3)
    assert part.k == 6 and _agree(part.labels, y) and part.k_cut["ensemble"] == 3
    assert part.k_cut["ensemble_k"] == "6,6,6" and part.centroids.shape == (6, 64)
    assert np.allclose(np.linalg.norm(part.centroids, axis=1), 1, atol=1e-5)
    sizes = np.bincount(part.labels)
    assert sizes.tolist() == sorted(sizes.tolist(), reverse=True)
    assert (clustering.fit(emb, ensemble=3).labels == part.labels).all()   # deterministic for a seed
    assert clustering.fit(np.ones((5, 8)), ensemble=3).k == 1            # small inputs: the single-run path
    assert clustering.fit(emb, k=4, ensemble=3).k == 4                   # k given: the single-run path
