"""Type stubs for the native part of lgsco (built from python/src)."""

import datetime
import os
from typing import Any, Iterable, Optional, Union

_Span = tuple[int, int]
_Path = Union[str, "os.PathLike[str]"]

SAMPLE: str
"""A fictional statement shipped with the package."""

class ParseError(ValueError):
    """The text holds no statement (or is over the size limit, or not in the
    encoding asked for)."""

    line: int
    """The line, from 1."""
    column: int
    """The column in characters, from 1."""
    expected: str
    """What was looked for."""
    kind: str
    """``no_statement``, ``empty``, ``too_large``, ``invalid_utf8``, ..."""

class Header:
    """The header lines; each field is ``None`` when absent."""

    organisation: Optional[str]
    reference: Optional[str]
    reference_year: Optional[int]
    area: Optional[str]
    subcategory: Optional[str]
    outcome: Optional[str]
    date: Optional[datetime.date]
    date_text: Optional[str]
    spans: dict[str, _Span]
    """Each header line's span by field: ``organisation``, ``reference``,
    ``category``, ``area``, ``subcategory``, ``outcome``, ``outcome_value``,
    ``date``, ``date_value``, ``title``."""

class Summary:
    text: str
    span: _Span
    text_span: _Span

class Item:
    marker: Optional[str]
    text: str
    span: _Span
    text_span: _Span
    items: list[Item]

class Paragraph:
    number: int
    """The paragraph's number in the whole document, from 1."""
    marker: Optional[str]
    text: str
    section: int
    """Its section's index in ``Decision.sections``."""
    span: _Span
    text_span: _Span
    items: list[Item]

class Section:
    heading: Optional[str]
    kind: str
    span: _Span
    heading_span: Optional[_Span]
    paragraphs: list[Paragraph]

class Provision:
    text: str
    span: _Span
    canonical: str
    full_canonical: Optional[str]
    uri: Optional[str]

class Citation:
    text: str
    span: _Span
    location: str
    """``summary``, ``paragraph`` or ``item``."""
    paragraph: Optional[int]
    instrument: Optional[str]
    instrument_uri: Optional[str]
    as_amended: bool
    provisions: list[Provision]

class Fact:
    fact: str
    """``complainant``, ``reason``, ``body`` or ``remedy``."""
    label: str
    span: _Span
    evidence: str
    """The words it was read from: ``text[span[0]:span[1]]``."""
    amount: Optional[float]
    """For a payment, the sum in pounds."""
    deadline: Optional[str]
    body_kind: Optional[str]

class Facts:
    complainant: Optional[Fact]
    result: Optional[str]
    """``not_investigated``, ``discontinued``, ``fault_found`` or ``no_fault``."""
    injustice: Optional[bool]
    reasons: list[Fact]
    bodies: list[Fact]
    remedies: list[Fact]
    total_amount: Optional[float]

class Diagnostic:
    code: str
    name: str
    severity: str
    """``error``, ``warning`` or ``note``."""
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    help: Optional[str]
    span: _Span

class Decision:
    """A parsed statement; spans are ``(start, end)`` in characters of
    ``text``."""

    @property
    def text(self) -> str: ...
    @property
    def header(self) -> Header: ...
    @property
    def summary(self) -> Optional[Summary]: ...
    @property
    def sections(self) -> list[Section]: ...
    @property
    def paragraphs(self) -> list[Paragraph]: ...
    @property
    def is_complete(self) -> bool: ...
    def citations(self) -> list[Citation]: ...
    def facts(self) -> Facts: ...
    def validate(self) -> list[Diagnostic]: ...
    def to_json(self, *, indent: bool = False) -> str:
        """The documented JSON schema; its spans are UTF-8 byte offsets."""
    def to_dict(self) -> dict[str, Any]: ...
    def to_akn(self) -> str:
        """An Akoma Ntoso 3.0 XML document."""
    def __str__(self) -> str:
        """The canonical text rendering."""

class Statement:
    """One statement read by ``read``: a decision or an error, never both."""

    file: str
    source: str
    part: int
    statements: int
    reference: Optional[str]
    reference_from_file_name: bool
    windows_1252: bool
    @property
    def ok(self) -> bool: ...
    @property
    def decision(self) -> Optional[Decision]: ...
    @property
    def error(self) -> Optional[Exception]:
        """``ParseError``, or ``OSError`` for a file that could not be read."""
    @property
    def text(self) -> str: ...
    @property
    def diagnostics(self) -> list[Diagnostic]: ...
    @property
    def facts(self) -> Optional[Facts]: ...

def parse(text: str) -> Decision: ...
def parse_all(text: str) -> list[Decision]: ...
def parse_bytes(data: bytes, encoding: str = "auto") -> Decision: ...
def read(
    paths: Union[_Path, Iterable[_Path]],
    *,
    jobs: Optional[int] = None,
    ext: str = ".txt",
    encoding: str = "auto",
) -> list[Statement]: ...
def table_columns(
    paths: Union[_Path, Iterable[_Path]],
    *,
    jobs: Optional[int] = None,
    ext: str = ".txt",
    encoding: str = "auto",
) -> tuple[list[tuple[str, list[tuple[str, str]], list[list[Any]]]], list[str]]:
    """The rows behind ``lgsco.tables``, column by column."""
