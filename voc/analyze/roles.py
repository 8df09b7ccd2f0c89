"""Moved to ``voc.speakers.roles``; this old import path is the same module object (so patches reach it)."""

import sys

from voc.speakers import roles as _moved

sys.modules[__name__] = _moved
