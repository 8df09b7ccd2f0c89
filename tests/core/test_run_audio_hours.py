"""A run's "h of audio" counts only audio transcribed in that run: a re-analysis transcribes nothing (issue 16)."""

from __future__ import annotations

import shutil

from pipeline_fakes import fake_executor, fast_settings

from voc import pipeline
from voc.analyze.intents import default_taxonomy_path


def test_reanalysis_reports_no_audio_transcribed(tmp_path, tone):
    for i, n in enumerate(("a.wav", "b.wav")):
        tone(f"calls/{n}", seconds=1.0, freq=300.0 + 100 * i)
    tax = tmp_path / "taxonomy.yaml"
    shutil.copy(default_taxonomy_path(), tax)
    s = fast_settings(tmp_path)
    s.analysis.taxonomy = str(tax)
    first = pipeline.run_batch(s, [tmp_path / "calls"], executor=fake_executor(s), until="attribute", report=False)
    assert first.audio_s > 1.5                         # two 1-s calls transcribed
    tax.write_text(tax.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    again = pipeline.run_batch(s, [], executor=fake_executor(s), until="attribute", report=False)
    assert again.counts.get("analyze", {}).get("done") == 2
    assert again.audio_s == 0.0 and again.to_dict()["audio_hours"] == 0.0
