"""The README's Python example runs as written, from the repository's root."""

from __future__ import annotations

import os
import re

import pytest

from conftest import REPO


def test_readme_python_example(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pandas")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("\n## Python\n") :]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code is not None
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        exec(compile(code.group(1), "README.md", "exec"), {})
    finally:
        os.chdir(cwd)
    out = capsys.readouterr().out
    assert "24 012 345 2024-11-05" in out
    assert "already apologised for its delay in replying" in out
