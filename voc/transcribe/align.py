"""Moved to ``voc.speakers.align``; this old import path is the same module object (so patches reach it)."""

import sys

from voc.speakers import align as _moved

sys.modules[__name__] = _moved
