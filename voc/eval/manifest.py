"""Reading evaluation manifests (CSV with a header): one place for the file and header checks (``voc.csvio``)."""

from __future__ import annotations

from pathlib import Path

from voc.csvio import read_csv


def csv_records(manifest: Path, kind: str, required: set[str], header: str) -> list[tuple[int, dict[str, str]]]:
    """(line number, record) for every data row of ``manifest``; IngestError naming the file when it is missing or
    its header lacks a ``required`` column. ``header`` is the expected header shown in the fix, e.g.
    "audio,reference[,channel]"."""
    return read_csv(manifest, sorted(required), what=f"{kind} manifest", header=header).records()
