"""Reading evaluation manifests (CSV with a header): one place for the file and header checks."""

from __future__ import annotations

import csv
from pathlib import Path

from voc.errors import IngestError


def csv_records(manifest: Path, kind: str, required: set[str], header: str) -> list[tuple[int, dict[str, str]]]:
    """(line number, record) for every data row of ``manifest``; IngestError naming the file when it is missing or
    its header lacks a ``required`` column. ``header`` is the expected header shown in the fix, e.g.
    "audio,reference[,channel]"."""
    manifest = Path(manifest)
    if not manifest.is_file():
        raise IngestError(f"{kind} manifest {manifest} does not exist. Fix: pass a CSV with columns {header}.")
    with open(manifest, newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        cols = set(reader.fieldnames or [])
        missing = required - cols
        if missing:
            raise IngestError(f"{manifest}: missing column(s) {', '.join(sorted(missing))}; found "
                              f"{', '.join(sorted(cols)) or 'none'}. Fix: the header must name {header}.")
        return list(enumerate(reader, start=2))
