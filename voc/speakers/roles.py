"""Which speaker is the agent and which the customer.

Order of decision for a call (``assign_roles``):

1. ``settings.roles.queue_roles[queue]`` picks the method for that queue: ``"channel"`` (channel map) or
   ``"evidence"`` (what each speaker says). Without an entry: stereo calls with an agent channel use the channel
   map, everything else uses evidence.
2. Channel map: the agent channel is ``settings.channels.queue_agent_channel[queue]`` when set, else
   ``settings.channels.agent_channel``. Its speaker (``ch<n>``) is the agent, every other channel the customer;
   confidence 1.0. The evidence below is still computed: when it names another agent with confidence ≥ 0.75, the
   reason says so and names the setting to check (``check_channel_map``), and a warning is logged.
3. Evidence: each speaker's text is matched against the cue phrases in ``voc/speakers/data/role_cues.yaml``
   (plus ``settings.roles.cues``: greeting and company name, who asks for account details, who apologises or
   offers, who describes a problem ...). Agent cues add to the speaker's score, customer cues subtract; the first
   speaker gets a bonus (agents usually open the call: alone it decides a call with no other evidence, at
   confidence 0.56), and each speaker's share of the words adds ``TALK_SHARE_WEIGHT·(2·share − 1)``. The highest
   score is the agent and every other speaker the customer; confidence = 0.5 + 0.5·tanh(margin / 4) from the
   score margin between the two. Below ``settings.roles.min_confidence`` (a tie: no evidence at all) both become
   ``unknown``. The reason (stored as ``speakers.role_reason``) names the evidence.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from voc.errors import SettingsError
from voc.records import SpeakerInfo, Transcript

if TYPE_CHECKING:  # pragma: no cover
    from voc.settings import Settings

FIRST_SPEAKER_BONUS = 0.5   # alone (confidence 0.56) it decides a two-party call with no other evidence
TALK_SHARE_WEIGHT = 0.5     # (2·share − 1)·weight: agents hold a little more of the talk (10 of the 14 demo calls)
MARGIN_SCALE = 4.0
CHANNEL_CHECK_CONFIDENCE = 0.75  # speech evidence this sure of another agent is noted against the channel map

log = logging.getLogger(__name__)
METHODS = ("channel", "evidence")
_WORD = re.compile(r"[a-z0-9']+")


@dataclass(frozen=True, slots=True)
class CueGroup:
    name: str
    role: str               # agent | customer
    weight: float
    max_hits: int
    patterns: tuple[tuple[str, re.Pattern[str]], ...]   # (phrase, compiled)


@dataclass(slots=True)
class Evidence:
    """One speaker's role evidence: score > 0 leans agent, < 0 customer."""

    speaker: str
    score: float
    hits: list[tuple[str, str, int]]     # (group, phrase, count)
    first: bool = False
    share: float | None = None           # share of the call's words

    def describe(self, limit: int = 3) -> str:
        top = sorted(self.hits, key=lambda h: -h[2])[:limit]
        cues = ", ".join(f"'{p}' ({g})" for g, p, _ in top) or "no cue phrases"
        share = f", {self.share:.0%} of the words" if self.share is not None else ""
        return cues + (", spoke first" if self.first else "") + share


# -- cue lists ----------------------------------------------------------------------------------------------

def _compile(phrase: str) -> re.Pattern[str]:
    words = [w if w == "*" else normalize(w) for w in phrase.split()]
    words = [w for w in words if w]
    body = r"\s+".join(r"\S+" if w == "*" else re.escape(w) for w in words)
    return re.compile(rf"(?<!\S){body}(?!\S)")


def _read_yaml(path: Path | Any) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise SettingsError(f"{path}: not valid YAML ({e}). Fix the line named.") from e
    if not isinstance(data, dict) or not isinstance(data.get("groups"), dict):
        raise SettingsError(f"{path}: expected a mapping with a 'groups' table (see voc/speakers/data/role_cues.yaml).")
    return data["groups"]


def _merge(groups: dict[str, dict[str, Any]], extra: dict[str, Any], origin: str) -> None:
    for name, g in extra.items():
        if not isinstance(g, dict) or not isinstance(g.get("phrases", []), list):
            raise SettingsError(f"{origin}: cue group {name!r} must be a table with a 'phrases' list.")
        cur = groups.setdefault(name, {"phrases": []})
        for key in ("role", "weight", "max_hits"):
            if key in g:
                cur[key] = g[key]
        cur["phrases"] = list(cur.get("phrases", [])) + [str(p) for p in g.get("phrases", [])]


@functools.lru_cache(maxsize=8)
def load_cues(extra: str | None = None) -> tuple[CueGroup, ...]:
    """The bundled cue groups, extended by the YAML file ``extra`` (settings.roles.cues)."""
    groups: dict[str, dict[str, Any]] = {}
    bundled = resources.files("voc.speakers").joinpath("data/role_cues.yaml")
    _merge(groups, _read_yaml(bundled), "voc/speakers/data/role_cues.yaml")
    if extra:
        path = Path(extra).expanduser()
        if not path.is_file():
            raise SettingsError(f"roles.cues = {extra!r}: {path} does not exist. Fix: point it at a YAML file laid "
                                "out like voc/speakers/data/role_cues.yaml, or unset it.")
        _merge(groups, _read_yaml(path), str(path))
    out = []
    for name, g in groups.items():
        role = g.get("role")
        if role not in ("agent", "customer"):
            raise SettingsError(f"role cues: group {name!r} has role {role!r}; expected 'agent' or 'customer'.")
        try:
            weight, max_hits = float(g.get("weight", 1.0)), int(g.get("max_hits", 2))
        except (TypeError, ValueError) as e:
            raise SettingsError(f"role cues: group {name!r} has a non-numeric weight or max_hits ({e}).") from e
        patterns = tuple((p, _compile(p)) for p in dict.fromkeys(g["phrases"]) if normalize(p.replace("*", "")))
        out.append(CueGroup(name, role, weight, max_hits, patterns))
    return tuple(out)


def normalize(text: str) -> str:
    """Lower case, curly quotes straightened, punctuation dropped: 'I’m SORRY!' → "i'm sorry"."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(_WORD.findall(text))


# -- evidence ----------------------------------------------------------------------------------------------

def score_text(speaker: str, text: str, cues: Sequence[CueGroup]) -> Evidence:
    """Role evidence of one speaker's whole text."""
    norm = normalize(text)
    score, hits = 0.0, []
    for g in cues:
        n_group = 0
        for phrase, pat in g.patterns:
            n = len(pat.findall(norm))
            if n:
                hits.append((g.name, phrase, n))
                n_group += n
        counted = min(n_group, g.max_hits)
        score += (1 if g.role == "agent" else -1) * g.weight * counted
    return Evidence(speaker, score, hits)


def speaker_texts(transcript: Transcript, speakers: Sequence[str]) -> dict[str, str]:
    """Each speaker's utterances joined in time order (utterances must carry their speaker)."""
    texts = {s: [] for s in speakers}
    for u in sorted(transcript.utterances, key=lambda u: u.start_s):
        if u.speaker in texts:
            texts[u.speaker].append(u.text)
    return {s: " ".join(t) for s, t in texts.items()}


def first_speaker(transcript: Transcript, speakers: Sequence[str]) -> str | None:
    spoken = [u for u in transcript.utterances if u.speaker in speakers and u.text.strip()]
    return min(spoken, key=lambda u: u.start_s).speaker if spoken else None


def confidence(margin: float) -> float:
    return round(0.5 + 0.5 * math.tanh(max(margin, 0.0) / MARGIN_SCALE), 3)


def roles_from_evidence(transcript: Transcript, speakers: Sequence[str], min_confidence: float,
                        cues: Sequence[CueGroup], channels: dict[str, int | None]) -> list[SpeakerInfo]:
    """Joint assignment: the highest score is the agent, the others customers (see the module docstring)."""
    texts = speaker_texts(transcript, speakers)
    first = first_speaker(transcript, speakers)
    ev = {s: score_text(s, texts[s], cues) for s in speakers}
    if first is not None:
        ev[first].first = True
        ev[first].score += FIRST_SPEAKER_BONUS
    n_words = {sp: len(texts[sp].split()) for sp in speakers}
    total_words = sum(n_words.values())
    if len(speakers) == 2 and total_words:
        for sp in speakers:
            ev[sp].share = n_words[sp] / total_words
            ev[sp].score += TALK_SHARE_WEIGHT * (2 * ev[sp].share - 1)
    ranked = sorted(speakers, key=lambda s: (-ev[s].score, s != first, s))
    if not ranked:
        return []
    if len(ranked) == 1:
        s = ranked[0]
        role = "agent" if ev[s].score > 0 else "customer"
        conf = confidence(abs(ev[s].score))
        return [_decide(s, role, conf, min_confidence, f"only speaker; score {ev[s].score:+.1f}: {ev[s].describe()}",
                        channels.get(s))]
    agent = ranked[0]
    out = []
    for s in speakers:
        if s == agent:
            margin = ev[s].score - ev[ranked[1]].score
            reason = (f"evidence: agent score {ev[s].score:+.1f} vs {ev[ranked[1]].score:+.1f} ({ranked[1]}); "
                      f"{ev[s].describe()}")
            out.append(_decide(s, "agent", confidence(margin), min_confidence, reason, channels.get(s)))
        else:
            margin = ev[agent].score - ev[s].score
            reason = (f"evidence: agent score {ev[s].score:+.1f} vs {ev[agent].score:+.1f} ({agent}); "
                      f"{ev[s].describe()}")
            out.append(_decide(s, "customer", confidence(margin), min_confidence, reason, channels.get(s)))
    return out


def _decide(speaker: str, role: str, conf: float, min_conf: float, reason: str, channel: int | None) -> SpeakerInfo:
    if conf < min_conf:
        return SpeakerInfo(speaker, "unknown", conf,
                           f"would be {role} but confidence {conf:.2f} < roles.min_confidence {min_conf:.2f}; "
                           + reason, channel)
    return SpeakerInfo(speaker, role, conf, reason, channel)


# -- channel map -----------------------------------------------------------------------------------------------

def agent_channel_for(settings: "Settings", queue: str | None) -> tuple[int | None, str]:
    """(agent channel or None, where it came from)."""
    per_queue = settings.channels.queue_agent_channel
    if queue is not None and queue in per_queue:
        return per_queue[queue], f"channels.queue_agent_channel[{queue!r}]"
    return settings.channels.agent_channel, "channels.agent_channel"


def roles_from_channels(speakers: Sequence[str], channels: int, agent_ch: int, origin: str) -> list[SpeakerInfo]:
    if not 0 <= agent_ch < channels:
        raise SettingsError(f"{origin} = {agent_ch}, but the call has {channels} channel(s) (0..{channels - 1}). "
                            "Fix: set it to a channel the recordings have, or unset it to infer roles from speech.")
    out = []
    for s in speakers:
        ch = _channel_of(s)
        role = "agent" if ch == agent_ch else "customer"
        out.append(SpeakerInfo(s, role, 1.0, f"channel map: channel {agent_ch} is the agent ({origin})", ch))
    return out


def _channel_of(speaker: str) -> int | None:
    return int(speaker[2:]) if speaker.startswith("ch") and speaker[2:].isdigit() else None


# -- entry point -----------------------------------------------------------------------------------------------

def assign_roles(transcript: Transcript, speakers: list[str], channels: int, queue: str | None,
                 settings: "Settings") -> list[SpeakerInfo]:
    """One ``SpeakerInfo`` per speaker, in the order given (see the module docstring for the rules)."""
    method = settings.roles.queue_roles.get(queue) if queue is not None else None
    if method is not None and method not in METHODS:
        raise SettingsError(f"roles.queue_roles[{queue!r}] = {method!r}; expected one of "
                            f"{', '.join(map(repr, METHODS))}.")
    stereo = channels > 1 and all(_channel_of(s) is not None for s in speakers)
    agent_ch, origin = agent_channel_for(settings, queue)
    if method == "channel":
        if not stereo:
            raise SettingsError(f"roles.queue_roles[{queue!r}] = 'channel', but this call is not a stereo call with "
                                f"one speaker per channel (channels={channels}, speakers={list(speakers)}). Fix: use "
                                "'evidence' for this queue.")
        if agent_ch is None:
            raise SettingsError(f"roles.queue_roles[{queue!r}] = 'channel' needs an agent channel; {origin} is unset. "
                                "Fix: set channels.agent_channel or channels.queue_agent_channel.")
    chans = {s: _channel_of(s) for s in speakers}
    if stereo and agent_ch is not None and method != "evidence":
        mapped = roles_from_channels(speakers, channels, agent_ch, origin)
        heard = roles_from_evidence(transcript, speakers, settings.roles.min_confidence,
                                    load_cues(settings.roles.cues), chans)
        return check_channel_map(mapped, heard, origin)
    return roles_from_evidence(transcript, speakers, settings.roles.min_confidence,
                               load_cues(settings.roles.cues), chans)


def check_channel_map(mapped: list[SpeakerInfo], heard: list[SpeakerInfo], origin: str) -> list[SpeakerInfo]:
    """The channel map stays authoritative, but when what the speakers say names another agent with confidence
    ≥ ``CHANNEL_CHECK_CONFIDENCE`` (a recorder that puts the caller on the "agent" channel), each speaker's reason
    says so and names the setting to fix, and a warning is logged: roles are never silently inverted for a whole
    deployment."""
    agent_map = next((i.speaker for i in mapped if i.role == "agent"), None)
    agent_heard = next((i for i in heard if i.role == "agent"), None)
    if agent_heard is None or agent_heard.speaker == agent_map or agent_heard.role_confidence < CHANNEL_CHECK_CONFIDENCE:
        return mapped
    note = (f"; speech evidence disagrees: {agent_heard.speaker} sounds like the agent "
            f"(confidence {agent_heard.role_confidence:.2f}). Fix: check {origin} for this recorder")
    log.warning("roles: the channel map (%s) makes %s the agent, but what the speakers say points to %s "
                "(confidence %.2f); check %s", origin, agent_map, agent_heard.speaker, agent_heard.role_confidence,
                origin)
    return [dataclasses.replace(i, role_reason=(i.role_reason or "") + note) for i in mapped]
