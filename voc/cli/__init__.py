"""The `voc` command line: thin. It parses options, calls the library and maps domain errors to exit codes.

One module per command group: ``core`` (init, ingest, status, retry, run, transcribe), ``evals`` (eval ...),
``intents`` (intents ..., topics), ``reports`` (campaigns ..., report), ``data`` (query, export, search);
``base`` holds the root app, the shared options and ``session`` (settings + warehouse connection). To add a
command, put it in its group's module (or a new module imported below) with an example in its help.

Heavy imports (torch, faster-whisper, spaCy, BERTopic) happen inside the commands that need them, so
``voc --help`` stays fast.
"""

from __future__ import annotations

import sys

import typer

# importing a group's module registers its commands; this order is the order of `voc --help`
from voc.cli import core  # noqa: F401,I001
from voc.cli import evals  # noqa: F401,I001
from voc.cli import intents  # noqa: F401,I001
from voc.cli import reports  # noqa: F401,I001
from voc.cli import data  # noqa: F401,I001
from voc.cli import drivers  # noqa: F401,I001
from voc.cli.base import app, campaigns_app, eval_app, fail, intents_app, load_settings, session
from voc.errors import VocError

__all__ = ["app", "campaigns_app", "eval_app", "fail", "intents_app", "load_settings", "main", "session"]


def main() -> None:
    import logging
    import os

    # The CLI (never the library) configures logging and quiets third-party progress bars on stderr.
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    logging.basicConfig(level=os.environ.get("VOC_LOG_LEVEL", "WARNING").upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        app()
    except VocError as e:  # errors raised outside a command's own handling
        typer.echo(f"error: {e}", err=True)
        sys.exit(e.exit_code)
