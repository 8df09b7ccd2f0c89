"""Speaker roles and conversation metrics of a call: the public face of ``voc.speakers.roles`` and ``metrics``.

- ``assign_roles(transcript, speakers, channels, queue, settings) -> list[SpeakerInfo]`` (voc.speakers.roles)
- ``compute_metrics(turns, words, roles, duration_s) -> list[RoleMetrics]`` and
  ``interruption_matrix(turns, roles) -> {interrupter: {interrupted: n}}`` (voc.speakers.metrics)
"""

from __future__ import annotations

from voc.speakers.metrics import compute_metrics, interruption_matrix, interruptions
from voc.speakers.roles import assign_roles, load_cues, score_text

__all__ = ["assign_roles", "compute_metrics", "interruption_matrix", "interruptions", "load_cues", "score_text"]
