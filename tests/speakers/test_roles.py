"""Speaker roles: channel map, per-queue overrides, and evidence from what each speaker says."""

from __future__ import annotations

from pathlib import Path

import pytest

from voc.analyze.conversation import assign_roles, load_cues, score_text
from voc.errors import SettingsError
from voc.records import Transcript, Utterance
from voc.settings import Settings

REPO = Path(__file__).resolve().parents[2]
SCRIPTS = REPO / "voc" / "demo" / "scripts.yaml"


def transcript(lines: list[tuple[str, str]], channel_of=None) -> Transcript:
    utts = [Utterance(i, channel_of(s) if channel_of else 0, 3.0 * i, 3.0 * i + 2.5, text, speaker=s)
            for i, (s, text) in enumerate(lines)]
    return Transcript("c1", "en", 1.0, utts, "test")


def demo_calls():
    if not SCRIPTS.is_file():
        pytest.skip("voc/demo/scripts.yaml is not present")
    from voc.demo.script import load_scripts

    return load_scripts(SCRIPTS)


def script_transcript(call, drop_agent_opening: bool = False):
    turns = list(call.turns)
    if drop_agent_opening and turns[0].speaker == "agent":
        turns = turns[1:]
    names: dict[str, str] = {}
    lines = [(names.setdefault(t.speaker, f"S{len(names)}"), t.text) for t in turns]
    return transcript(lines), {v: k for k, v in names.items()}


def roles_of(infos):
    return {i.speaker: i.role for i in infos}


# -- evidence ---------------------------------------------------------------------------------------------------

def test_evidence_labels_every_demo_call():
    settings = Settings()
    for call in demo_calls():
        tr, truth = script_transcript(call)
        infos = assign_roles(tr, sorted(truth), 1, call.queue, settings)
        assert roles_of(infos) == truth, (call.id, [i.role_reason for i in infos])
        assert all(i.role_confidence >= settings.roles.min_confidence and i.channel is None for i in infos)
        assert all(i.role_reason.startswith("evidence:") for i in infos)


def test_evidence_without_the_agent_greeting_customer_speaks_first():
    """The first-speaker bonus must not decide alone: the customer opens, the agent still wins on content."""
    settings = Settings()
    calls = demo_calls()
    right = 0
    for call in calls:
        tr, truth = script_transcript(call, drop_agent_opening=True)
        infos = assign_roles(tr, sorted(truth), 1, call.queue, settings)
        right += roles_of(infos) == truth
    assert right >= len(calls) - 2, f"{right}/{len(calls)}"


def test_joint_assignment_and_confidence_from_margin():
    tr = transcript([("S0", "Hello?"),
                     ("S1", "Hi, thank you for calling Acme, my name is Jo, how can I help?"),
                     ("S0", "I was charged twice on my bill and I want to cancel."),
                     ("S1", "I'm sorry about that. Can you confirm your date of birth? Let me check.")])
    infos = assign_roles(tr, ["S0", "S1"], 1, None, Settings())
    assert roles_of(infos) == {"S0": "customer", "S1": "agent"}
    assert infos[0].role_confidence == infos[1].role_confidence > 0.95
    assert "'thank you for calling' (greeting)" in infos[1].role_reason


def test_two_party_call_with_only_the_opening_still_gets_roles():
    # no cue phrase: who spoke first (and the word share) decide, at a low confidence, and the reason says so
    tr = transcript([("S0", "Okay."), ("S1", "Right."), ("S0", "Sure."), ("S1", "Yes.")])
    infos = assign_roles(tr, ["S0", "S1"], 1, None, Settings())
    assert roles_of(infos) == {"S0": "agent", "S1": "customer"}
    assert all(0.55 <= i.role_confidence < 0.6 for i in infos)
    assert "spoke first" in next(i.role_reason for i in infos if i.speaker == "S0")
    # a stricter bar turns that weak evidence into "unknown", with the reason
    infos = assign_roles(tr, ["S0", "S1"], 1, None, Settings.load(overrides={"roles.min_confidence": 0.6}))
    assert [i.role for i in infos] == ["unknown", "unknown"]
    assert all("roles.min_confidence" in i.role_reason for i in infos)


def test_no_evidence_at_all_gives_unknown():
    tr = Transcript("c1", "en", 1.0, [], "test")
    infos = assign_roles(tr, ["S0", "S1"], 1, None, Settings())
    assert [i.role for i in infos] == ["unknown", "unknown"]


def test_talk_share_and_cues_combine():
    # S1 speaks first but S0 asks for the account details and apologises: S0 is the agent
    tr = transcript([("S1", "Hello?"), ("S0", "I'm sorry for the wait. Can you confirm your account number?"),
                     ("S1", "Sure, it is one two three."), ("S0", "Thank you, let me check that for you.")])
    infos = assign_roles(tr, ["S0", "S1"], 1, None, Settings())
    assert roles_of(infos) == {"S0": "agent", "S1": "customer"}
    assert "of the words" in infos[0].role_reason


def test_cue_matching_is_on_whole_words_and_capped():
    cues = load_cues()
    assert score_text("x", "My billing address", cues).score == 0  # "my bill" must not match "my billing"
    once = score_text("x", "I apologize.", cues).score
    many = score_text("x", "I apologize. I apologize. I apologize. I apologize.", cues).score
    assert once > 0 and many == 2 * once  # service cues count at most twice
    assert score_text("x", "This is Dana from Northwind", cues).hits[0][1] == "this is * from"


def test_user_cues_extend_the_bundled_list(tmp_path):
    extra = tmp_path / "cues.yaml"
    extra.write_text("groups:\n  greeting:\n    phrases: [ahoy matey]\n"
                     "  complaint:\n    role: customer\n    weight: 5\n    phrases: [this is ridiculous]\n")
    cues = load_cues(str(extra))
    assert score_text("x", "Ahoy matey!", cues).score == 3.0      # bundled greeting weight
    assert score_text("x", "This is ridiculous", cues).score == -5.0
    bad = tmp_path / "bad.yaml"
    bad.write_text("groups:\n  x:\n    role: manager\n    phrases: [hi]\n")
    with pytest.raises(SettingsError, match="'manager'"):
        load_cues(str(bad))
    with pytest.raises(SettingsError, match="does not exist"):
        load_cues(str(tmp_path / "missing.yaml"))


# -- channel map and overrides --------------------------------------------------------------------------------------

def stereo_transcript():
    # The customer (channel 1) sounds like an agent on purpose: the map must win over the text.
    return transcript([("ch0", "I want to cancel my bill."), ("ch1", "Thank you for calling, how can I help?")],
                      channel_of=lambda s: int(s[2:]))


def test_stereo_channel_map():
    infos = assign_roles(stereo_transcript(), ["ch0", "ch1"], 2, None, Settings())
    assert [(i.speaker, i.role, i.role_confidence, i.channel) for i in infos] == [
        ("ch0", "agent", 1.0, 0), ("ch1", "customer", 1.0, 1)]
    assert infos[0].role_reason.startswith("channel map: channel 0 is the agent")


def test_channel_map_stays_but_notes_strong_disagreeing_speech(caplog):
    # a recorder with the caller on channel 0: the map keeps its roles, the reason and a warning name the setting
    t = transcript([("ch0", "Hi, I'm looking for a train to Cambridge, I want to book it."),
                    ("ch1", "Thank you for calling, how can I help? Please tell me your ID number.")],
                   channel_of=lambda s: int(s[2:]))
    with caplog.at_level("WARNING", logger="voc.speakers.roles"):
        infos = assign_roles(t, ["ch0", "ch1"], 2, None, Settings())
    assert roles_of(infos) == {"ch0": "agent", "ch1": "customer"}
    assert all("speech evidence disagrees: ch1 sounds like the agent" in i.role_reason for i in infos)
    assert "channels.agent_channel" in infos[0].role_reason and "check channels.agent_channel" in caplog.text
    # weak disagreement (only who spoke first / talk share) leaves the reason alone
    quiet = transcript([("ch0", "Okay."), ("ch1", "Right, sure.")], channel_of=lambda s: int(s[2:]))
    assert all("disagrees" not in i.role_reason for i in assign_roles(quiet, ["ch0", "ch1"], 2, None, Settings()))


def test_per_queue_agent_channel():
    s = Settings.load(overrides={"channels.queue_agent_channel": {"sales": 1}})
    assert roles_of(assign_roles(stereo_transcript(), ["ch0", "ch1"], 2, "sales", s)) == {
        "ch0": "customer", "ch1": "agent"}
    assert roles_of(assign_roles(stereo_transcript(), ["ch0", "ch1"], 2, "support", s)) == {
        "ch0": "agent", "ch1": "customer"}


def test_stereo_without_map_and_queue_method_override_use_evidence():
    s = Settings.load(overrides={"channels.agent_channel": None})
    s.channels.agent_channel = None
    infos = assign_roles(stereo_transcript(), ["ch0", "ch1"], 2, None, s)
    assert roles_of(infos) == {"ch0": "customer", "ch1": "agent"} and infos[1].channel == 1
    s2 = Settings.load(overrides={"roles.queue_roles": {"retention": "evidence"}})
    assert roles_of(assign_roles(stereo_transcript(), ["ch0", "ch1"], 2, "retention", s2)) == {
        "ch0": "customer", "ch1": "agent"}


def test_bad_role_settings_name_the_key():
    s = Settings.load(overrides={"roles.queue_roles": {"sales": "psychic"}})
    with pytest.raises(SettingsError, match=r"roles.queue_roles\['sales'\] = 'psychic'"):
        assign_roles(stereo_transcript(), ["ch0", "ch1"], 2, "sales", s)
    s = Settings.load(overrides={"channels.agent_channel": 3})
    with pytest.raises(SettingsError, match="channels.agent_channel = 3"):
        assign_roles(stereo_transcript(), ["ch0", "ch1"], 2, None, s)
    s = Settings.load(overrides={"roles.queue_roles": {"sales": "channel"}})
    with pytest.raises(SettingsError, match="not a stereo call"):
        assign_roles(transcript([("S0", "hi")]), ["S0"], 1, "sales", s)


# -- the rendered demo calls, end to end (tiny.en + diarization on CPU) ------------------------------------------------

DEMO = REPO / "voc" / "demo"


@pytest.fixture(scope="module")
def demo_call():
    import json

    wav, refs = DEMO / "calls" / "call_01.wav", DEMO / "references.json"
    if not wav.is_file() or not refs.is_file():
        pytest.skip("demo calls are not rendered (python -m voc.demo.make_demo)")
    ref = json.loads(refs.read_text())["call_01.wav"]
    if ref["layout"] != "stereo":
        pytest.skip("call_01 is expected to be a stereo demo call")
    return wav, ref


def _transcribe(path, settings):
    from voc.records import Call
    from voc.transcribe.asr import Transcriber

    return Transcriber(settings).transcribe(Call("t", str(path), 0.0, 0, 0, ""), path)


@pytest.mark.slow
def test_demo_stereo_call_roles_from_speech(demo_call):
    from voc.analyze.conversation import compute_metrics
    from voc.speakers.align import assign_speakers
    from voc.transcribe.audio import decode
    from voc.speakers.diarize import stereo_turns

    wav, ref = demo_call
    settings = Settings.load(overrides={"asr.model": "tiny.en", "device": "cpu"})
    settings.channels.agent_channel = None  # no channel map: roles must come from what is said
    audio = decode(wav)
    tr = _transcribe(wav, settings)
    turns = stereo_turns(tr, audio.samples, audio.sample_rate)
    aligned = assign_speakers(tr, turns)
    infos = assign_roles(aligned, ["ch0", "ch1"], 2, "support", settings)
    assert roles_of(infos) == {"ch0": "agent", "ch1": "customer"}, [i.role_reason for i in infos]
    m = {r.role: r for r in compute_metrics(turns, [w for u in aligned.utterances for w in u.words],
                                            roles_of(infos), audio.duration_s)}
    ref_agent = sum(t["end_s"] - t["start_s"] for t in ref["turns"] if t["role"] == "agent")
    assert m["agent"].talk_s == pytest.approx(ref_agent, rel=0.25)
    assert m["agent"].first_response_s is not None and 0 < m["agent"].first_response_s < 15


@pytest.mark.slow
def test_demo_call_mono_mixdown_roles_after_diarization(demo_call, tmp_path):
    import wave

    import numpy as np

    from voc.speakers.align import assign_speakers
    from voc.transcribe.audio import decode
    from voc.speakers.diarize import Diarizer

    wav, ref = demo_call
    settings = Settings.load(overrides={"asr.model": "tiny.en", "device": "cpu"})
    audio = decode(wav)
    mono = audio.samples.mean(axis=0)[: 25 * audio.sample_rate]  # greeting, the problem, the agent's reply
    path = tmp_path / "mono.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(audio.sample_rate)
        w.writeframes((np.clip(mono, -1, 1) * 32767).astype("<i2").tobytes())
    turns = Diarizer(settings).diarize(mono[None, :], audio.sample_rate)
    assert {t.speaker for t in turns} == {"S0", "S1"}
    aligned = assign_speakers(_transcribe(path, settings), turns)
    ref["turns"] = [r for r in ref["turns"] if r["start_s"] < 25]
    infos = assign_roles(aligned, ["S0", "S1"], 1, None, settings)
    agent = [i.speaker for i in infos if i.role == "agent"]
    assert len(agent) == 1, [i.role_reason for i in infos]

    def overlap(speaker, role):
        return sum(max(0.0, min(t.end_s, r["end_s"]) - max(t.start_s, r["start_s"]))
                   for t in turns if t.speaker == speaker for r in ref["turns"] if r["role"] == role)

    # The speaker voc calls agent is the one whose turns lie on the reference agent's speech.
    assert overlap(agent[0], "agent") > 2 * overlap(agent[0], "customer")
