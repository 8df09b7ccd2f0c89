"""The one CSV reader and writer for user files (text columns for `voc intents`/`voc topics`, evaluation
manifests, labelled sets, campaign calendars): UTF-8 with or without a BOM, a header row, errors that name the file,
the missing column and the fix. (Call manifests are read by ``voc.ingest`` with polars, CSV or Parquet.)"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from voc.errors import IngestError


@dataclass
class CsvTable:
    path: Path
    columns: list[str]
    rows: list[dict[str, str]]
    lines: list[int]                 # the file line of each row (the header is line 1)

    def records(self) -> list[tuple[int, dict[str, str]]]:
        return list(zip(self.lines, self.rows))


def read_csv(path: str | Path, required: Iterable[str | None] = (), what: str = "CSV",
             header: str | None = None, error: type[Exception] = IngestError) -> CsvTable:
    """Every data row of a CSV with a header; ``error`` (IngestError) naming the file when it is missing, unreadable
    or its header lacks a ``required`` column. ``header`` (e.g. "audio,reference[,channel]") is shown in the fix."""
    p = Path(path)
    if not p.is_file():
        raise error(f"{what} {p} does not exist. Fix: pass an existing CSV file"
                    + (f" with columns {header}." if header else " with a header row."))
    try:
        with p.open(newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            rows = list(reader)
            names = list(reader.fieldnames or [])
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise error(f"cannot read {what} {p}: {e}. Fix: pass a UTF-8 CSV file with a header row.") from e
    missing = [c for c in required if c is not None and c not in names]
    if missing:
        raise error(f"{p}: missing column(s) {', '.join(missing)}; found {', '.join(names) or 'none'}. "
                    f"Fix: the header must name {header or ', '.join(c for c in required if c)}.")
    return CsvTable(p, names, rows, list(range(2, len(rows) + 2)))


def write_csv(path: str | Path, columns: list[str], rows: Iterable[dict[str, Any]]) -> Path:
    """Write rows (dicts) under a header of ``columns``, creating the folder."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    with p.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=columns)
        w.writeheader()
        w.writerows(rows)
    return p
