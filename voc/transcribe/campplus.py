"""Moved to ``voc.speakers.campplus``; this old import path is the same module object (so patches reach it)."""

import sys

from voc.speakers import campplus as _moved

sys.modules[__name__] = _moved
