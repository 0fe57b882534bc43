"""Parse the decision statements of England's Local Government and Social
Care Ombudsman into typed trees, decision facts and pandas tables.

>>> import lgsco
>>> d = lgsco.parse(lgsco.SAMPLE)
>>> d.header.reference
'24 012 345'
>>> start, end = d.facts().remedies[0].span
>>> d.text[start:end]
'already apologised for its delay in replying'

Spans are ``(start, end)`` in characters of ``Decision.text``, so slicing
the text gives the words a node or a fact was read from. ``to_json`` and
``to_dict`` follow the crate's documented JSON schema, whose spans are byte
offsets of the UTF-8 text.
"""

from ._lgsco import (
    SAMPLE,
    Citation,
    Decision,
    Diagnostic,
    Fact,
    Facts,
    Header,
    Item,
    Paragraph,
    ParseError,
    Provision,
    Section,
    Statement,
    Summary,
    parse,
    parse_all,
    parse_bytes,
    read,
)
from ._tables import tables

__all__ = [
    "SAMPLE",
    "Citation",
    "Decision",
    "Diagnostic",
    "Fact",
    "Facts",
    "Header",
    "Item",
    "Paragraph",
    "ParseError",
    "Provision",
    "Section",
    "Statement",
    "Summary",
    "parse",
    "parse_all",
    "parse_bytes",
    "read",
    "tables",
]
