"""On the real statements of ../shared (skipped when it is absent): the
package gives the same JSON and the same tables as the lgsco tool."""

from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

import pytest

import lgsco
from conftest import shared_dirs, tool


def run_tool(*args: str) -> str:
    done = subprocess.run(
        [str(tool()), "--no-progress", "--quiet", "--encoding", "auto", *args],
        capture_output=True,
        text=True,
        check=False,
    )
    # 0, or 1 when a file holds no statement: both are results.
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


def test_same_json_as_the_rust_crate() -> None:
    dirs = [str(d) for d in shared_dirs()]
    expected = {}
    for line in run_tool("json", *dirs).splitlines():
        record = json.loads(line)
        expected[record["source"]] = record
    got = lgsco.read(dirs)
    assert len(got) == len(expected) > 300
    for s in got:
        record = expected[s.source]
        assert s.file == record["file"]
        assert s.reference == record["reference"]
        if s.decision is None:
            assert "error" in record, s.file
            continue
        assert s.decision.to_dict() == record["decision"], s.file
        assert s.decision.is_complete == record["complete"]


def test_spans_slice_real_text() -> None:
    for s in lgsco.read([str(d) for d in shared_dirs()]):
        if s.decision is None:
            continue
        text = s.text
        facts = s.facts
        assert facts is not None
        every = facts.reasons + facts.bodies + facts.remedies
        if facts.complainant is not None:
            every.append(facts.complainant)
        for f in every:
            assert text[f.span[0] : f.span[1]] == f.evidence, s.file
        for p in s.decision.paragraphs:
            assert text[p.text_span[0] : p.text_span[1]] == p.text, s.file


def csv_rows(path: Path) -> tuple[list[str], int]:
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], len(rows) - 1


def test_tables_match_the_tool(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    dirs = [str(d) for d in shared_dirs()]
    run_tool("table", *dirs, "--out", str(tmp_path))
    frames = lgsco.tables(dirs)
    for name, frame in frames.items():
        header, count = csv_rows(tmp_path / f"{name}.csv")
        assert list(frame.columns) == header, name
        assert len(frame) == count, name
    decisions = frames["decisions"]
    assert decisions["source"].is_unique
    # The dates, parsed to datetime64, are the tool's: the same per source.
    with (tmp_path / "decisions.csv").open(newline="", encoding="utf-8") as f:
        printed = {r["source"]: r["decision_date"] for r in csv.DictReader(f)}
    for source, date in zip(decisions["source"], decisions["decision_date"]):
        assert printed[source] == ("" if date is pd.NaT else date.strftime("%Y-%m-%d"))
