"""`voc init`: a commented starter voc.toml generated from the settings classes (defaults and comments defined once)."""

from __future__ import annotations

import dataclasses
import inspect
import re

from voc.settings import Settings

_FIELD_RE = re.compile(r"^\s+(\w+):\s*[^=]+=\s*(?:field\(.*?\)|[^#]+?)\s*(?:#\s*(.*))?$")


_CONTINUATION_RE = re.compile(r"^\s+#\s*(.*)$")


def _comments(cls) -> dict[str, str]:
    """field → its comment, including continuation lines (a comment-only line right below the field's line)."""
    out: dict[str, str] = {}
    last: str | None = None
    for line in inspect.getsource(cls).splitlines():
        m = _FIELD_RE.match(line)
        if m:
            last = m.group(1)
            if m.group(2):
                out[last] = m.group(2).strip()
            continue
        c = _CONTINUATION_RE.match(line)
        if c and last is not None and c.group(1).strip():
            out[last] = (out.get(last, "") + " " + c.group(1).strip()).strip()
            continue
        last = None
    return out


def _toml_value(v) -> str:
    if v is None:
        return None  # type: ignore[return-value]
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(v, list):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k} = {_toml_value(x)}" for k, x in v.items()) + "}"
    return repr(v)


def starter_toml() -> str:
    s = Settings()
    lines = ["# voc settings. Precedence: these values < VOC_* environment variables < command-line options.",
             "# Environment: VOC_<SECTION>__<KEY>, e.g. VOC_ASR__MODEL=tiny.en; top-level keys: VOC_WAREHOUSE, VOC_DEVICE.",
             "# Commented-out keys show the default (null = unset).", ""]
    top = _comments(Settings)
    sections = []
    for f in dataclasses.fields(s):
        if f.name == "source":
            continue
        v = getattr(s, f.name)
        if dataclasses.is_dataclass(v):
            sections.append((f.name, v))
            continue
        lines += _entry(f.name, v, top.get(f.name, ""))
    for name, sec in sections:
        lines += ["", f"[{name}]"]
        com = _comments(type(sec))
        for f in dataclasses.fields(sec):
            lines += _entry(f.name, getattr(sec, f.name), com.get(f.name, ""))
    return "\n".join(lines) + "\n"


def _entry(name, value, comment) -> list[str]:
    out = [f"# {comment}"] if comment else []
    tv = _toml_value(value)
    out.append(f"# {name} = null" if tv is None else f"{name} = {tv}")
    return out
