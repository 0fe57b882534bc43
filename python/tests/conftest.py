"""Shared paths: the fixtures, ../shared beside the repository, the lgsco
tool built by cargo."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("LGSCO_SHARED", REPO.parent / "shared"))
SHARED_DIRS = [SHARED / d for d in ("seeds", "corpus", "corpus-2")]


def tool() -> Path:
    """The lgsco tool (`cargo build -p lgsco-cli`), or skip."""
    path = Path(os.environ.get("LGSCO_BIN", REPO / "target" / "debug" / "lgsco"))
    if not path.is_file():
        pytest.skip(f"{path} is absent: build it with `cargo build -p lgsco-cli`")
    return path


def shared_dirs() -> list[Path]:
    """The folders of real statements, or skip."""
    found = [d for d in SHARED_DIRS if d.is_dir()]
    if not found:
        pytest.skip(f"{SHARED} is absent: the tests on real statements need it")
    return found
