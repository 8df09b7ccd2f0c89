"""Fault injection for the crash-safety tests: ``VOC_FAULT_INJECT=point:n`` SIGKILLs this process the n-th time
``point`` is reached (points: ingest, write_call_before_commit, write_call_after_commit, corpus, report).

Unset (the normal case) it costs one dictionary lookup. It exists so the tests can prove that a kill -9 at each
of these moments loses nothing and duplicates nothing.
"""

from __future__ import annotations

import os
import signal

_hits: dict[str, int] = {}


def point(name: str) -> None:
    spec = os.environ.get("VOC_FAULT_INJECT")
    if not spec:
        return
    want, _, n = spec.partition(":")
    if want != name:
        return
    _hits[name] = _hits.get(name, 0) + 1
    if _hits[name] >= int(n or 1):
        os.kill(os.getpid(), signal.SIGKILL)
