"""Clustering of speaker embeddings and the collapse guard (synthetic embeddings, no model)."""

import numpy as np

from voc.speakers.cluster import cluster_embeddings, degenerate, shares
from voc.speakers.fast import label_regions, trim_regions, windows


def _voices(n_a: int, n_b: int, spread: float = 0.35, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    a, b = rng.normal(size=192), rng.normal(size=192)
    x = np.vstack([a + spread * np.linalg.norm(a) / 14 * rng.normal(size=(n_a, 192)),
                   b + spread * np.linalg.norm(b) / 14 * rng.normal(size=(n_b, 192))])
    return x, np.array([0] * n_a + [1] * n_b)


def _agreement(labels, truth) -> float:
    return max(np.mean(labels == truth), np.mean(labels != truth))


def test_two_voices_are_separated():
    x, truth = _voices(40, 25)
    labels = cluster_embeddings(x, num=2)
    assert _agreement(labels, truth) == 1.0


def test_unbalanced_call_does_not_collapse():
    # one speaker talks 90 %, plus a few noisy outlier windows that a plain 2-way split would isolate
    x, truth = _voices(90, 12)
    rng = np.random.default_rng(3)
    noise = rng.normal(size=(3, 192)) * 3
    xs = np.vstack([x, noise])
    labels = cluster_embeddings(xs, num=2, min_share=0.1)
    assert len(set(labels)) == 2
    assert _agreement(labels[:102], truth) > 0.95


def test_degenerate_detects_a_tiny_second_speaker():
    labels = np.array([0] * 95 + [1] * 5)
    w = np.ones(100)
    assert degenerate(labels, w, 2, 0.1)
    assert not degenerate(np.array([0] * 80 + [1] * 20), w, 2, 0.1)
    assert shares(labels, w) == {0: 0.95, 1: 0.05}


def test_one_voice_call_stays_one_speaker_when_the_guard_fires():
    # a lopsided split of one voice triggers the guard; its halves are one voice, so one speaker is kept
    rng = np.random.default_rng(1)
    a = rng.normal(size=192)
    x = a + 0.02 * rng.normal(size=(50, 192))
    labels = cluster_embeddings(x, num=2, min_share=0.49)
    assert len(set(labels)) == 1


def test_free_count_finds_three():
    rng = np.random.default_rng(2)
    centres = rng.normal(size=(3, 192))
    x = np.vstack([c + 0.03 * np.linalg.norm(c) * rng.normal(size=(30, 192)) / 14 for c in centres])
    labels = cluster_embeddings(x, num=None, min_num=1, max_num=6)
    assert len(set(labels)) == 3


def test_windows_and_regions():
    regions = [(0.0, 4.0), (5.0, 5.6)]
    wins = windows(regions, 1.5, 0.75)
    assert wins[0] == (0, 0.0, 1.5) and wins[-1][0] == 1
    assert all(abs((e - s) - 1.5) < 1e-9 for _, s, e in wins)
    assert any(r == 0 and abs(e - 4.0) < 1e-9 for r, _, e in wins)  # the last window ends at the region's end
    labels = np.array([0 if (s + e) / 2 < 2.0 else 1 for r, s, e in wins[:-1]] + [1])
    out = label_regions(regions, wins, labels)
    assert out[0][0] == 0.0 and out[-1] == (5.0, 5.6, "spk1")
    assert [lab for _, _, lab in out[:2]] == ["spk0", "spk1"]
    assert abs(out[0][1] - out[1][0]) < 1e-9  # the region is cut once, without a gap


def test_trimmed_regions_end_nearer_the_speech_and_keep_short_ones():
    regions = [(0.0, 4.0), (5.0, 5.25)]
    trimmed = trim_regions(regions, 0.1)
    assert trimmed[0] == (0.1, 3.9) and trimmed[1] == (5.0, 5.25)  # too short to trim: kept whole
    assert trim_regions(regions, 0.0) == regions
    wins = windows(regions, 1.5, 0.75)
    out = label_regions(trimmed, wins, np.zeros(len(wins), dtype=int))
    assert out[0] == (0.1, 3.9, "spk0") and out[-1] == (5.0, 5.25, "spk0")


def test_long_call_is_clustered_on_a_sample_and_still_separated(monkeypatch):
    import voc.speakers.cluster as cl

    monkeypatch.setattr(cl, "MAX_SPECTRAL_ROWS", 50)
    x, truth = _voices(150, 90, seed=5)
    labels = cl.cluster_embeddings(x, num=2)
    assert _agreement(labels, truth) == 1.0
