"""Typed, validated view of ``voc/demo/scripts.yaml`` (the dialogue of the demo calls)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from voc.errors import VocError

Layout = Literal["stereo", "mono"]
Encoding = Literal["mu-law", "pcm16"]
SPEAKERS = ("agent", "customer")
PII_TYPES = ("card", "ssn", "phone", "email", "account", "iban", "address", "person")


class DemoScriptError(VocError):
    """scripts.yaml is malformed; the message names the call, the key and the value."""


@dataclass(frozen=True, slots=True)
class Voice:
    """An espeak-ng voice: ``espeak`` is ``-v`` (language+variant), ``speed`` words/min, ``pitch`` 0-99."""

    key: str
    espeak: str
    speed: int
    pitch: int


@dataclass(frozen=True, slots=True)
class PiiMention:
    pii_type: str
    text: str                   # a substring of the turn's text


@dataclass(frozen=True, slots=True)
class TurnScript:
    speaker: Literal["agent", "customer"]
    text: str
    pii: tuple[PiiMention, ...] = ()
    overlap_s: float = 0.0      # starts this long before the previous turn ends (an interruption)


@dataclass(frozen=True, slots=True)
class CallScript:
    id: str
    started_at: datetime
    direction: str
    queue: str
    agent_id: str
    customer_id: str
    campaign_code: str | None
    region: str
    layout: Layout
    encoding: Encoding
    agent_voice: Voice
    customer_voice: Voice
    turns: tuple[TurnScript, ...]
    labels: dict[str, Any] = field(default_factory=dict)

    @property
    def file_name(self) -> str:
        return f"{self.id}.wav"

    def voice(self, speaker: str) -> Voice:
        return self.agent_voice if speaker == "agent" else self.customer_voice


def _req(d: dict[str, Any], key: str, where: str, types: type | tuple[type, ...] = str) -> Any:
    if key not in d:
        raise DemoScriptError(f"{where}: missing key '{key}'. Fix: add it (see the header of scripts.yaml).")
    value = d[key]
    if not isinstance(value, types):
        raise DemoScriptError(f"{where}: key '{key}' has value {value!r}; expected {types}.")
    return value


def _choice(value: Any, choices: tuple[str, ...], where: str, key: str) -> str:
    if value not in choices:
        raise DemoScriptError(f"{where}: key '{key}' has value {value!r}; expected one of {', '.join(choices)}.")
    return value


def _voice(key: str, raw: Any, where: str) -> Voice:
    if not isinstance(raw, dict):
        raise DemoScriptError(f"{where}: voice '{key}' must be a mapping {{espeak, speed, pitch}}, got {raw!r}.")
    return Voice(key, _req(raw, "espeak", where), int(_req(raw, "speed", where, int)), int(_req(raw, "pitch", where, int)))


def _turn(raw: Any, where: str, previous: TurnScript | None) -> TurnScript:
    if not isinstance(raw, dict):
        raise DemoScriptError(f"{where}: a turn must be a mapping {{speaker, text}}, got {raw!r}.")
    speaker = _choice(raw.get("speaker"), SPEAKERS, where, "speaker")
    text = _req(raw, "text", where).strip()
    if not text:
        raise DemoScriptError(f"{where}: empty text. Fix: write what the {speaker} says.")
    pii = []
    for item in raw.get("pii") or []:
        ptype = _choice(item.get("type"), PII_TYPES, where, "pii.type")
        ptext = _req(item, "text", where)
        if ptext not in text:
            raise DemoScriptError(f"{where}: pii text {ptext!r} is not a substring of the turn text {text!r}.")
        pii.append(PiiMention(ptype, ptext))
    overlap = float(raw.get("overlap_s", 0.0))
    if overlap < 0 or overlap > 1.5:
        raise DemoScriptError(f"{where}: overlap_s={overlap} must be between 0 and 1.5 seconds.")
    if overlap and (previous is None or previous.speaker == speaker):
        raise DemoScriptError(f"{where}: overlap_s needs a previous turn by the other speaker to interrupt.")
    return TurnScript(speaker, text, tuple(pii), overlap)  # type: ignore[arg-type]


def load_scripts(path: str | Path) -> list[CallScript]:
    """Read and validate scripts.yaml; raise DemoScriptError naming the call and key on any problem."""
    import yaml

    path = Path(path)
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise DemoScriptError(f"{path}: cannot read demo scripts ({e}).") from e
    if not isinstance(doc, dict) or not isinstance(doc.get("voices"), dict) or not isinstance(doc.get("calls"), list):
        raise DemoScriptError(f"{path}: expected top-level keys 'voices' (mapping) and 'calls' (list).")
    voices = {k: _voice(k, v, f"{path}: voices") for k, v in doc["voices"].items()}
    calls: list[CallScript] = []
    seen: set[str] = set()
    for i, raw in enumerate(doc["calls"]):
        where = f"{path}: calls[{i}]"
        cid = _req(raw, "id", where)
        where = f"{path}: call {cid}"
        if cid in seen:
            raise DemoScriptError(f"{where}: duplicate id. Fix: give each call a unique id.")
        seen.add(cid)
        try:
            started = datetime.fromisoformat(_req(raw, "started_at", where))
        except ValueError as e:
            raise DemoScriptError(f"{where}: started_at {raw['started_at']!r} is not an ISO datetime.") from e
        vkeys = {}
        for key in ("agent_voice", "customer_voice"):
            vk = _req(raw, key, where)
            if vk not in voices:
                raise DemoScriptError(f"{where}: {key} {vk!r} is not one of the voices: {', '.join(voices)}.")
            vkeys[key] = voices[vk]
        turns: list[TurnScript] = []
        for j, t in enumerate(_req(raw, "turns", where, list)):
            turns.append(_turn(t, f"{where} turn {j}", turns[-1] if turns else None))
        if {t.speaker for t in turns} != set(SPEAKERS):
            raise DemoScriptError(f"{where}: needs turns by both the agent and the customer.")
        calls.append(CallScript(
            id=cid, started_at=started,
            direction=_choice(raw.get("direction"), ("inbound", "outbound"), where, "direction"),
            queue=_req(raw, "queue", where), agent_id=_req(raw, "agent_id", where),
            customer_id=_req(raw, "customer_id", where), campaign_code=raw.get("campaign_code") or None,
            region=_req(raw, "region", where),
            layout=_choice(raw.get("layout"), ("stereo", "mono"), where, "layout"),  # type: ignore[arg-type]
            encoding=_choice(raw.get("encoding"), ("mu-law", "pcm16"), where, "encoding"),  # type: ignore[arg-type]
            agent_voice=vkeys["agent_voice"], customer_voice=vkeys["customer_voice"],
            turns=tuple(turns), labels=dict(raw.get("labels") or {}),
        ))
    return calls
