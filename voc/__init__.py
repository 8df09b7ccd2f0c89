"""voc — batch voice-of-customer analytics for recorded customer calls."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

from voc.settings import Settings  # noqa: E402  (light: stdlib only)

if TYPE_CHECKING:
    from voc.api import Warehouse


def open(path_or_settings: Any = None, read_only: bool = True, snapshot: bool = False) -> "Warehouse":  # noqa: A001
    """Open a voc warehouse for reading: ``voc.open("voc.duckdb").calls`` is a polars DataFrame.

    ``snapshot=True`` reads a temporary copy, so a notebook works while a nightly ``voc run`` holds the file.
    """
    from voc.api import open_warehouse

    return open_warehouse(path_or_settings, read_only=read_only, snapshot=snapshot)


__all__ = ["Settings", "open", "__version__"]
