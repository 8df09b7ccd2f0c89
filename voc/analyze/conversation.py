"""Speaker roles and conversation metrics of a call: the public face of ``roles`` and ``metrics``.

- ``assign_roles(transcript, speakers, channels, queue, settings) -> list[SpeakerInfo]`` (voc.analyze.roles)
- ``compute_metrics(turns, words, roles, duration_s) -> list[RoleMetrics]`` and
  ``interruption_matrix(turns, roles) -> {interrupter: {interrupted: n}}`` (voc.analyze.metrics)
"""

from __future__ import annotations

from voc.analyze.metrics import compute_metrics, interruption_matrix, interruptions
from voc.analyze.roles import assign_roles, load_cues, score_text

__all__ = ["assign_roles", "compute_metrics", "interruption_matrix", "interruptions", "load_cues", "score_text"]
