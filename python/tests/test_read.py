"""read and tables on folders of fixtures, a broken file among them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import lgsco
from conftest import FIXTURES


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    for f in FIXTURES.glob("*.txt"):
        shutil.copy(f, tmp_path / f.name)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "joined.txt").write_text(
        (FIXTURES / "payment.txt").read_text(encoding="utf-8")
        + "\n"
        + (FIXTURES / "tribunal.txt").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    (tmp_path / "broken.txt").write_text("no statement in here\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not read\n", encoding="utf-8")
    return tmp_path


def test_read_folder_with_a_broken_file(folder: Path) -> None:
    got = lgsco.read(folder)
    names = [Path(s.file).name for s in got]
    # Sorted within each folder, a joined file giving one result per statement.
    assert names == ["broken.txt", "payment.txt", "joined.txt#1", "joined.txt#2", "tribunal.txt"]
    broken = got[0]
    assert not broken.ok and broken.decision is None and broken.facts is None
    assert isinstance(broken.error, lgsco.ParseError)
    assert broken.error.line == 1
    assert [d.code for d in broken.diagnostics] != []
    good = [s for s in got if s.ok]
    assert len(good) == 4 and all(s.error is None for s in good)
    joined = [s for s in got if s.statements == 2]
    assert [s.part for s in joined] == [0, 1]
    assert joined[1].decision is not None
    assert joined[1].decision.header.reference == "24 009 832"
    assert joined[1].source.endswith("joined.txt#2")
    facts = good[0].facts
    assert facts is not None and facts.result == "fault_found"


def test_read_options(folder: Path) -> None:
    assert len(lgsco.read(folder, jobs=1)) == len(lgsco.read([folder]))
    assert [Path(s.file).name for s in lgsco.read(folder, ext="md")] == ["notes.md"]
    one = lgsco.read(str(folder / "payment.txt"))
    assert len(one) == 1 and one[0].reference == "23 004 117"
    with pytest.raises(ValueError):
        lgsco.read(folder, jobs=0)
    with pytest.raises(FileNotFoundError):
        lgsco.read(folder / "missing")


def test_read_windows_1252(tmp_path: Path) -> None:
    source = (FIXTURES / "payment.txt").read_text(encoding="utf-8").replace("’", "'")
    (tmp_path / "cp.txt").write_bytes(source.encode("cp1252"))
    [auto] = lgsco.read(tmp_path)
    assert auto.ok and auto.windows_1252
    [strict] = lgsco.read(tmp_path, encoding="utf-8")
    assert isinstance(strict.error, lgsco.ParseError)


def test_read_unreadable_file(folder: Path) -> None:
    # A dangling link cannot be read, even by root: it is a record with an
    # OSError, and the other files are all there.
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    got = lgsco.read(folder)
    bad = [s for s in got if Path(s.file).name == "gone.txt"]
    assert len(bad) == 1 and not bad[0].ok
    assert isinstance(bad[0].error, OSError)
    assert "gone.txt" in str(bad[0].error)
    assert len([s for s in got if s.ok]) == 4
    pytest.importorskip("pandas")
    with pytest.warns(RuntimeWarning, match="gone.txt"):
        t = lgsco.tables(folder)
    assert len(t["decisions"]) == 5  # no row for it, as in the tool


def test_tables(folder: Path) -> None:
    pd = pytest.importorskip("pandas")
    t = lgsco.tables(folder)
    assert list(t) == ["decisions", "paragraphs", "citations", "facts", "diagnostics"]
    d = t["decisions"]
    assert len(d) == 5
    assert str(d["decision_date"].dtype).startswith("datetime64")
    assert d["reference_year"].dtype == "Int64"
    assert d["complete"].dtype == "boolean"
    assert isinstance(d["result"].dtype, pd.CategoricalDtype)
    assert d["parse_error"].notna().sum() == 1
    money = t["facts"]
    paid = money[money["label"] == "payment"]
    assert set(paid["amount"]) == {300.0}
    assert (t["paragraphs"]["source"].isin(d["source"])).all()


def test_tables_without_pandas_says_how_to_get_it(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pandas", None)  # `import pandas` fails
    with pytest.raises(ImportError, match=r"pip install.*\[pandas\]"):
        lgsco.tables(folder)


def test_joined_file_positions(tmp_path: Path) -> None:
    # The second statement of a joined file: its diagnostic's line counts
    # from the top of the file, and its span slices the file's text.
    first = (FIXTURES / "payment.txt").read_text(encoding="utf-8")
    second = (FIXTURES / "tribunal.txt").read_text(encoding="utf-8")
    second = second.replace("section 26(6)(a)", "section 34(B)")
    joined = first + "\n" + second
    (tmp_path / "joined.txt").write_text(joined, encoding="utf-8")
    [_, s] = lgsco.read(tmp_path)
    slips = [d for d in s.diagnostics if "34(B)" in d.message]
    assert len(slips) == 1
    slip = slips[0]
    at = joined.index("34(B)")
    assert slip.line == joined[:at].count("\n") + 1
    assert joined[slip.span[0] : slip.span[1]] == "34(B)"
    assert slip.column == at - joined.rindex("\n", 0, at)
    decision = s.decision
    assert decision is not None
    assert [d.line for d in decision.validate() if "34(B)" in d.message] == [slip.line]
