"""Access to the data shipped in ``resources/`` (installed as ``kundengespraech_resources``)."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

from kundengespraech.domain.questionnaire import Questionnaire, load_questionnaire

PACKAGE = "kundengespraech_resources"


def resource(*parts: str) -> Traversable:
    """A shipped file, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    node = files(PACKAGE)
    for part in parts:
        node = node / part
    return node


def read_bytes(*parts: str) -> bytes:
    return resource(*parts).read_bytes()


def file_path(*parts: str) -> Path:
    """A real file system path of a shipped file (resources are plain files in every install)."""
    with as_file(resource(*parts)) as path:
        return Path(path)


@cache
def questionnaire() -> Questionnaire:
    """The shipped questionnaire, parsed and checked once per process."""
    return load_questionnaire(json.loads(read_bytes("questionnaire.json")))


def demo_catalogue() -> bytes:
    return read_bytes("demo_catalogue.csv")
