"""Fixtures shared by the analysis tests (the PII tests' redactor; their helpers live in pii_turns.py)."""

from __future__ import annotations

import pytest
from pii_turns import make_settings

from voc.analyze.pii import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    """A redactor with the test lexicon (tests/analyze/data/lexicon.yaml) and default settings."""
    return Redactor(make_settings())
