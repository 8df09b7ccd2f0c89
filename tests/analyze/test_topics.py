"""Topics (BERTopic / small-corpus KMeans), weekly counts, complaint themes with stable ids, `voc topics` CLI."""

from __future__ import annotations

import csv
import random
from collections import Counter, defaultdict

import numpy as np
import pytest

from voc.analyze.embeddings import embed
from voc.analyze.themes import ThemeModel
from voc.analyze.topics import ctfidf_keywords, fit_topics, topic_label, topics_over_time, week_start
from voc.settings import Settings


def purity(pred, gold) -> float:
    by = defaultdict(Counter)
    for p, g in zip(pred, gold):
        by[p][g] += 1
    return sum(c.most_common(1)[0][1] for c in by.values()) / len(gold)


@pytest.fixture(scope="module")
def bitext(shared_data):
    with (shared_data / "bitext-customer-service-sample" / "Bitext_20000_utterances_sample.csv").open(
            encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    by = defaultdict(list)
    for r in rows:
        by[r["intent"]].append(r["utterance"])
    return by


def sample(by, intents, per, seed=0):
    rng = random.Random(seed)
    out = []
    for lab in intents:
        out += [(t, lab) for t in rng.sample(by[lab], per)]
    rng.shuffle(out)
    return [t for t, _ in out], [lab for _, lab in out]


@pytest.mark.slow
def test_small_corpus_uses_kmeans_and_recovers_intents(bitext):
    texts, gold = sample(bitext, ["track_order", "recover_password", "get_invoice"], 30)
    res = fit_topics(texts)
    assert res.method == "kmeans" and len(res.assignments) == 90
    assert 2 <= len(res.topics) <= 10 and sum(t["size"] for t in res.topics) == 90
    assert purity(res.assignments, gold) >= 0.85
    assert all(t["keywords"] and t["label"] and t["label"] != "(no keywords)" for t in res.topics)
    assert [t["topic_id"] for t in res.topics] == list(range(len(res.topics)))
    sizes = [t["size"] for t in res.topics]
    assert sizes == sorted(sizes, reverse=True)  # 0 = largest


@pytest.mark.slow
def test_engine_on_more_real_text_reads_k_and_labels_in_customers_words(bitext):
    texts, gold = sample(bitext, ["track_order", "recover_password", "get_invoice", "delete_account",
                                  "check_refund_policy"], 32, seed=1)
    stamps = [f"2024-03-{1 + i % 28:02d}" for i in range(len(texts))]
    res = fit_topics(texts, stamps)
    assert res.method == "kmeans" and len(res.assignments) == 160 and -1 not in res.assignments
    assert 4 <= len(res.topics) <= 20  # k read from the data (5 intents)
    assert all("·" not in t["label"] and 2 <= len(t["label"].split()) <= 8 for t in res.topics)
    assert purity(res.assignments, gold) >= 0.85
    assert sum(r["count"] for r in res.over_time) == 160
    assert {r["week"] for r in res.over_time} <= {"2024-02-26", "2024-03-04", "2024-03-11", "2024-03-18",
                                                   "2024-03-25"}
    assert not {"the", "my", "to", "i"} & {w for t in res.topics for w in t["keywords"]}  # stop words removed


@pytest.mark.slow
def test_tiny_inputs_never_fail():
    assert fit_topics([]).topics == [] and fit_topics([]).assignments == []
    one = fit_topics(["my bill is too high"])
    assert one.assignments == [0] and one.topics[0]["size"] == 1 and one.method == "kmeans"
    two = fit_topics(["my bill is too high", "the internet is down"])
    assert len(two.assignments) == 2 and two.topics


@pytest.mark.slow
def test_fixed_number_of_topics_is_respected(bitext):
    texts, _ = sample(bitext, ["track_order", "recover_password", "get_invoice"], 20)
    res = fit_topics(texts, settings=Settings.load(overrides={"topics.n_topics": 4}))
    assert len(res.topics) == 4


def test_weeks_and_labels():
    assert week_start("2024-03-07T10:00:00Z") == "2024-03-04" and week_start(None) is None
    assert topics_over_time([0, 1, 0], ["2024-03-04", "2024-03-10", None]) == [
        {"week": "2024-03-04", "topic_id": 0, "count": 1}, {"week": "2024-03-04", "topic_id": 1, "count": 1}]
    assert topic_label(["discount not applied", "discount", "bill", "promotion"]) == \
        "discount not applied · bill · promotion"


@pytest.mark.slow  # imports bertopic (its ClassTfidfTransformer)
def test_ctfidf_keywords_per_topic():
    kw = ctfidf_keywords(["refund my money", "refund please now", "wifi down", "wifi router broken"],
                         np.array([0, 0, 1, 1]))
    assert kw[0][0] == "refund" and kw[1][0] == "wifi"
    assert ctfidf_keywords(["refund", "refund"], np.array([0, 1])) == {0: ["refund"], 1: ["refund"]}  # one term


COMPLAINTS = {
    "billing": ["you charged me twice this month", "there is a fee on my bill I never agreed to",
                "my bill is wrong again, I was overcharged", "why was I billed for a service I cancelled",
                "the invoice has an extra charge that makes no sense", "I was overcharged by fifty dollars"],
    "outage": ["my internet keeps dropping every evening", "the wifi has been down for three days",
               "no broadband since Monday and nobody fixes it", "the connection cuts out every hour",
               "internet is dead again, third outage this week", "my router loses signal all the time"],
    "staff": ["the agent was rude and hung up on me", "your staff were unhelpful and impolite",
              "the technician never showed up for the appointment", "nobody called me back as promised",
              "the person on the phone was rude to me", "I waited two hours on hold and got cut off"],
}


def _complaints():
    texts, ids, gold = [], [], []
    for lab, items in COMPLAINTS.items():
        for i, t in enumerate(items):
            texts.append(t)
            ids.append((f"call-{lab}", i))
            gold.append(lab)
    return texts, ids, gold


@pytest.mark.slow
def test_themes_fit_assign_and_keep_ids_across_refits():
    texts, ids, gold = _complaints()
    emb = embed(texts)
    m = ThemeModel(n_topics=3)
    themes = m.fit(texts, ids, embeddings=emb)
    assert len(themes) == 3 and sum(t.size for t in themes) == len(texts)
    assert purity(m.assignments, gold) >= 0.8
    for th in themes:
        assert th.label and th.keywords and 1 <= len(th.quotes) <= 3 and th.method == "kmeans"
        assert {"call_id", "utt_idx", "text"} <= set(th.quotes[0])
    # nightly: new complaints go to the existing theme, unrelated text is an outlier
    new = ["I've been double charged on my latest bill", "the internet went down again tonight",
           "what a lovely sunny day for a picnic in the park"]
    got = ThemeModel.from_rows(m.to_rows()).assign(new)
    by_gold = {g: Counter(a for a, gg in zip(m.assignments, gold) if gg == g).most_common(1)[0][0] for g in COMPLAINTS}
    assert got[0] == by_gold["billing"] and got[1] == by_gold["outage"] and got[2] == -1
    # refit in a different order, with previous themes: the same themes keep their ids
    order = list(range(len(texts)))[::-1]
    m2 = ThemeModel(n_topics=3)
    m2.fit([texts[i] for i in order], [ids[i] for i in order], previous=m, embeddings=emb[order])
    assert {th.theme_id for th in m2.themes} == {th.theme_id for th in themes}
    assert [m2.assignments[order.index(i)] for i in range(len(texts))] == m.assignments
    # a new, different theme appears on refit: old ids kept, the new one gets a fresh id
    extra = ["the roaming charges in Spain were outrageous", "I paid a fortune for roaming abroad",
             "roaming fees on holiday were a rip off", "charged huge roaming costs in France",
             "roaming abroad cost me hundreds", "your roaming prices abroad are a scam"]
    t3 = texts + extra
    m3 = ThemeModel(n_topics=4)
    m3.fit(t3, ids + [("call-roam", i) for i in range(6)], previous=m)
    old_ids = {th.theme_id for th in themes}
    assert old_ids < {th.theme_id for th in m3.themes}
    assert max(th.theme_id for th in m3.themes) == max(old_ids) + 1


@pytest.mark.slow
def test_theme_rows_roundtrip_and_empty():
    texts, ids, _ = _complaints()
    m = ThemeModel(n_topics=3)
    m.fit(texts, ids)
    rows = m.to_rows()
    assert set(rows[0]) == {"theme_id", "label", "keywords", "quotes", "size", "model", "fitted_at"}
    back = ThemeModel.from_rows(rows)
    assert [t.theme_id for t in back.themes] == [t.theme_id for t in m.themes]
    assert np.allclose(back.themes[0].centroid, m.themes[0].centroid, atol=1e-5)
    assert ThemeModel().assign(["anything"]) == [-1]
    assert ThemeModel().fit([], []) == []


@pytest.mark.slow
def test_cli_topics_keeps_columns(bitext, tmp_path):
    from typer.testing import CliRunner

    from voc.cli import app

    texts, gold = sample(bitext, ["track_order", "recover_password", "get_invoice"], 15)
    src = tmp_path / "in.csv"
    with src.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "text", "gold", "day"])
        for i, (t, g) in enumerate(zip(texts, gold)):
            w.writerow([i, t, g, f"2024-05-{1 + i % 20:02d}"])
    out = tmp_path / "out.csv"
    r = CliRunner().invoke(app, ["topics", "--input", str(src), "--text-col", "text", "--output", str(out),
                                 "--time-col", "day"])
    assert r.exit_code == 0, r.output
    with out.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["id", "text", "gold", "day", "topic", "topic_label", "topic_keywords"]
    assert [r_["id"] for r_ in rows] == [str(i) for i in range(45)]
    assert purity([r_["topic"] for r_ in rows], gold) >= 0.85 and all(r_["topic_label"] for r_ in rows)
    weekly = list(csv.DictReader((tmp_path / "out.weekly.csv").open(encoding="utf-8")))
    assert sum(int(w_["count"]) for w_ in weekly) == 45
