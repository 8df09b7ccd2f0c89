"""Moved to ``voc.speakers.metrics``; this old import path is the same module object (so patches reach it)."""

import sys

from voc.speakers import metrics as _moved

sys.modules[__name__] = _moved
