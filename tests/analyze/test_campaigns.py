"""Campaign calendar import and ASR-robust attribution."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from voc.analyze.campaigns import (Campaign, attribute_call, campaigns_from_warehouse,
                                   import_calendar, load_calendar, tokens)
from voc.errors import IngestError
from voc.records import Call, Entity, Utterance

YAML = """\
campaigns:
  - id: SPRING25
    name: Spring Switch
    channel: tv
    start_date: 2025-03-03
    end_date: 2025-03-30
    offer: 25% off Unlimited Plus
    keywords: [spring switch, unlimited plus deal]
    promo_codes: [SPRING25]
    target_segment: switchers
  - id: FIBERFREE
    name: Free Fiber Install
    start_date: 2025-02-10
    end_date: 2025-03-09
    promo_codes: [FIBERFREE]
"""

CSV = """\
id,name,channel,start_date,end_date,offer,keywords,promo_codes,target_segment
SPRING25,Spring Switch,tv,2025-03-03,2025-03-30,25% off Unlimited Plus,spring switch;unlimited plus deal,SPRING25,switchers
LOYALTY10,Loyalty Data Bonus,sms,2025-03-10,2025-04-06,"10 GB bonus data, for loyal customers",loyalty bonus,LOYALTY10|LOYAL10,
"""

SPRING = Campaign("SPRING25", "Spring Switch", date(2025, 3, 3), date(2025, 3, 30), offer="25% off Unlimited Plus",
                  keywords=("spring switch", "unlimited plus deal"), promo_codes=("SPRING25",))
FIBER = Campaign("FIBERFREE", "Free Fiber Install", date(2025, 2, 10), date(2025, 3, 9),
                 offer="Free installation on fiber plans", keywords=("free fiber install",), promo_codes=("FIBERFREE",))


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def call(day: date = date(2025, 3, 5), code: str | None = None) -> Call:
    return Call("c1", "/x.wav", 60.0, 1, 8000, "pcm", started_at=datetime.combine(day, datetime.min.time()),
                campaign_code=code)


def links_for(text: str, **kw) -> list:
    return attribute_call(kw.pop("c", call()), [Utterance(0, 0, 1.0, 3.0, "hello"), Utterance(1, 1, 4.5, 8.0, text)],
                          None, [SPRING, FIBER], **kw)


# -- calendar ---------------------------------------------------------------------------------------------

def test_load_yaml_calendar(tmp_path):
    cs = load_calendar(write(tmp_path, "c.yaml", YAML))
    assert [c.campaign_id for c in cs] == ["SPRING25", "FIBERFREE"]
    s = cs[0]
    assert (s.start_date, s.end_date) == (date(2025, 3, 3), date(2025, 3, 30))
    assert s.keywords == ("spring switch", "unlimited plus deal") and s.promo_codes == ("SPRING25",)
    assert s.target_segment == "switchers" and cs[1].offer is None and cs[1].keywords == ()


def test_load_csv_calendar_with_list_separators_and_quoted_commas(tmp_path):
    cs = load_calendar(write(tmp_path, "c.csv", CSV))
    assert cs[0].keywords == ("spring switch", "unlimited plus deal")
    assert cs[1].promo_codes == ("LOYALTY10", "LOYAL10")
    assert cs[1].offer == "10 GB bonus data, for loyal customers"
    assert cs[1].target_segment is None


@pytest.mark.parametrize("text, needle", [
    (CSV.replace("2025-03-30", "30/03/2025"), "line 2 (id SPRING25): end_date '30/03/2025' is not a date"),
    (CSV.replace("2025-03-30", "2025-03-01"), "end_date 2025-03-01 is before start_date 2025-03-03"),
    (CSV.replace("LOYALTY10,Loyalty", "SPRING25,Loyalty"), "line 3: campaign id 'SPRING25' repeats line 2"),
    (CSV.replace("target_segment", "segmnt"), "unknown field 'segmnt'"),
    (CSV.replace("SPRING25,Spring Switch", "SPRING25,"), "required field 'name' is missing"),
])
def test_bad_csv_calendar_errors_name_file_row_and_fix(tmp_path, text, needle):
    p = write(tmp_path, "bad.csv", text)
    with pytest.raises(IngestError) as e:
        load_calendar(p)
    assert str(p) in str(e.value) and needle in str(e.value)
    assert "Fix" in str(e.value) or "Valid fields" in str(e.value)


def test_bad_yaml_and_paths(tmp_path):
    with pytest.raises(IngestError, match="campaign #2 .*end_date 2025-01-01 is before"):
        load_calendar(write(tmp_path, "c.yaml", YAML.replace("end_date: 2025-03-09", "end_date: 2025-01-01")))
    with pytest.raises(IngestError, match="expected a list of campaigns"):
        load_calendar(write(tmp_path, "d.yaml", "just: text\n"))
    with pytest.raises(IngestError, match="does not exist"):
        load_calendar(tmp_path / "missing.yaml")
    with pytest.raises(IngestError, match="unknown file type '.json'"):
        load_calendar(write(tmp_path, "c.json", "[]"))
    with pytest.raises(IngestError, match="holds no campaigns"):
        load_calendar(write(tmp_path, "e.yaml", "[]\n"))


def test_import_calendar_upserts_in_the_warehouse(con, tmp_path):
    assert import_calendar(con, write(tmp_path, "c.yaml", YAML)) == 2
    assert import_calendar(con, write(tmp_path, "c2.yaml", YAML.replace("Spring Switch", "Spring Switch 2"))) == 2
    cs = {c.campaign_id: c for c in campaigns_from_warehouse(con)}
    assert set(cs) == {"SPRING25", "FIBERFREE"}
    assert cs["SPRING25"].name == "Spring Switch 2" and cs["SPRING25"].promo_codes == ("SPRING25",)


def test_failed_import_leaves_warehouse_unchanged(con, tmp_path):
    import_calendar(con, write(tmp_path, "c.yaml", YAML))
    with pytest.raises(IngestError):
        import_calendar(con, write(tmp_path, "bad.yaml", YAML.replace("2025-03-30", "soon")))
    assert con.execute("SELECT count(*) FROM campaigns").fetchone()[0] == 2


def test_demo_calendar_loads_when_present():
    p = Path(__file__).resolve().parents[2] / "voc" / "demo" / "campaigns.yaml"
    if not p.is_file():
        pytest.skip("voc/demo/campaigns.yaml not written yet")
    ids = {c.campaign_id for c in load_calendar(p)}
    assert {"SPRING25", "FIBERFREE", "LOYALTY10"} <= ids


# -- normalisation and attribution -------------------------------------------------------------------------

def test_tokens_turn_number_words_into_digits_and_join_spelled_letters():
    assert tokens("Spring twenty-five!") == ["spring", "25"]
    assert tokens("code S P R I N G two five") == ["code", "spring", "25"]
    assert tokens("25% off") == ["25", "percent", "off"]
    assert tokens("one hundred and ten") == ["100", "and", "10"]


@pytest.mark.parametrize("text, matched, strength", [
    ("I have the code spring twenty five", "spring 25", 0.9),
    ("it's springtwentyfive", "springtwentyfive", 0.9),
    ("code S P R I N G two five", "spring 25", 0.9),
    ("SPRING25 please", "spring25", 0.9),
    ("I think it was sprng 25", "sprng 25", 0.85),
])
def test_spoken_promo_code_as_asr_writes_it(text, matched, strength):
    ls = [ln for ln in links_for(text) if ln.evidence == "promo_code"]
    assert len(ls) == 1
    assert (ls[0].campaign_id, ls[0].matched, ls[0].strength) == ("SPRING25", matched, strength)
    assert (ls[0].utt_idx, ls[0].start_s) == (1, 4.5)


@pytest.mark.parametrize("text", ["spring is here", "spring twenty six", "springs 26", "spring 2", "twenty five"])
def test_near_codes_with_other_numbers_do_not_link(text):
    assert [ln for ln in links_for(text) if ln.evidence == "promo_code"] == []


def test_keyword_name_and_offer_strengths():
    by = {ln.evidence: ln for ln in links_for("I saw the spring switch ad about twenty five percent off unlimited plus")}
    assert by["keyword"].strength == 0.8 and by["keyword"].matched == "spring switch"   # the name
    assert by["offer"].strength == 0.5                                                  # every offer word
    assert links_for("the unlimited plus deal")[0].strength == 0.7                      # a keyword
    fuzzy = links_for("the sprung switch thing")
    assert [(ln.evidence, ln.strength) for ln in fuzzy] == [("keyword", 0.6)]


def test_manifest_code_links_even_outside_the_window_and_only_the_best_link_per_evidence():
    ls = attribute_call(call(date(2024, 1, 1), code="spring25"),
                        [Utterance(0, 1, 2.0, 3.0, "spring twenty five"), Utterance(1, 1, 5.0, 6.0, "SPRING 25")],
                        None, [SPRING])
    assert [(ln.evidence, ln.strength) for ln in ls] == [("manifest_code", 1.0)]  # out of window: no spoken links
    ls = attribute_call(call(code="SPRING25"),
                        [Utterance(0, 1, 2.0, 3.0, "sprng 25"), Utterance(1, 1, 5.0, 6.0, "spring twenty five")],
                        None, [SPRING])
    assert [(ln.evidence, ln.utt_idx, ln.strength) for ln in ls] == [("manifest_code", None, 1.0),
                                                                     ("promo_code", 1, 0.9)]


def test_window_and_grace_period():
    text = "spring twenty five"
    assert links_for(text, c=call(date(2025, 3, 2))) == []                     # before launch
    assert links_for(text, c=call(date(2025, 4, 13)))[0].campaign_id == "SPRING25"  # end + 14 days
    assert links_for(text, c=call(date(2025, 4, 14))) == []                    # past the grace period
    assert links_for(text, c=call(date(2025, 4, 14)), grace_days=30) != []
    undated = Call("c1", "/x.wav", 60.0, 1, 8000, "pcm")
    assert links_for(text, c=undated) == []


def test_lexicon_entities_count_as_evidence():
    ents = [Entity(1, "PROMO_CODE", "spring two five", 0, 15, norm="SPRING25"),
            Entity(1, "CAMPAIGN", "free fiber", 0, 10, norm="FIBERFREE")]
    ls = attribute_call(call(), [Utterance(0, 0, 1.0, 2.0, "hi"), Utterance(1, 1, 3.0, 4.0, "mumble")], ents,
                        [SPRING, FIBER])
    assert {(ln.campaign_id, ln.evidence, ln.start_s) for ln in ls} == {("SPRING25", "promo_code", 3.0),
                                                                      ("FIBERFREE", "keyword", 3.0)}


@pytest.mark.slow
def test_attribute_warehouse_reproduces_the_sample_links(tmp_path):
    from voc.pipeline import attribute_all
    from voc.settings import Settings
    from voc.testing import build_sample_warehouse
    from voc.warehouse import connect

    p = build_sample_warehouse(tmp_path / "s.duckdb", with_links=False)
    con = connect(p)
    try:
        n = attribute_all(con, Settings())   # the attribute stage, as `voc campaigns attribute` runs it
        rows = con.execute("SELECT campaign_id, evidence, count(DISTINCT call_id) FROM campaign_links "
                           "GROUP BY ALL ORDER BY ALL").fetchall()
    finally:
        con.close()
    assert rows == [("FIBERFREE", "keyword", 7), ("FIBERFREE", "offer", 7), ("SPRING25", "keyword", 14),
                    ("SPRING25", "manifest_code", 14), ("SPRING25", "promo_code", 14)]
    assert n == 56
