#!/usr/bin/env python3
"""A careful regex extractor of LGSCO decision statements, as a speed baseline.

It pulls out the fields `lgsco::parse` gives, with compiled `re` patterns and
the standard library only:

- the header: organisation and reference, category (area > subcategory),
  outcome, decision date (as ISO 8601);
- the summary;
- the sections: each heading with its paragraphs (dashed `- `, numbered
  `  1.`, unmarked mirror lines), their list items (bullets `•`, sub-numbers,
  dashed items after a colon) and trailing citation lines; sub-headings;
- the signature line;
- parenthetical citations of the Local Government Act 1974 with their
  provisions (sections with subsections, schedules with paragraphs), with
  the slips `34(B)` (section 34B) and `34H(i)` (34H(1)) normalised.

Usage:

    python3 benches/regex_baseline.py [SHARED_DIR] [--seconds S]
    python3 benches/regex_baseline.py --show FILE     # print what it extracts

SHARED_DIR defaults to ../shared beside the repository. The timing reads
every statement into memory first, then extracts all of them again and again
for about S seconds (default 3) per set, and prints MB/s (10^6 bytes) of
input. It also checks the extracted headers against expected-headers.tsv, so
a fast but wrong extractor would show.
"""

import json
import os
import re
import sys
import time

MONTHS = {
    m: i
    for i, m in enumerate(
        "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1
    )
}

# Header lines. Each is matched against one stripped line.
TITLE = re.compile(r"(?:(?P<org>\S.*?)\s*)?\((?P<ref>\d{2} \d{3} \d{3}[a-z]?)\)")
CATEGORY = re.compile(r"Category\s*:\s*(?P<area>.*?)(?:\s*>\s*(?P<sub>.*?))?")
OUTCOME = re.compile(r"Decision\s*:\s*(?P<outcome>.*)")
DATE = re.compile(
    r"Decision date\s*:\s*(?P<day>\d{1,2})\s+(?P<mon>[A-Za-z]{3})[a-z]*\.?\s+(?P<year>\d{4})"
)
FINAL = re.compile(r"The Ombudsman[’']s final decision:?")
SUMMARY = re.compile(r"Summary\b\s*:?\s*(?P<text>.*)", re.S)
SIGNATURE = re.compile(r"Investigator[’']s decision on behalf of the Ombudsman")

# Where the statement starts: the final-decision label or the summary, at the
# start of a line (so a cookie banner before the title is passed over).
BODY_START = re.compile(
    r"^[ \t\u00a0]*(?:The Ombudsman[’']s final decision:?[ \t]*$|Summary\b)", re.M
)
# The line that ends the statement; page furniture follows it.
BODY_END = re.compile(
    r"^[ \t\u00a0]*(?:Investigator[’']s decision on behalf of the Ombudsman"
    r"|Ombudsman satisfied with .*response)",
    re.M,
)

HEADINGS = [
    "The complaint",
    "The Ombudsman[’']s role and powers",
    "How I considered this complaint",
    "My assessment",
    "What I found",
    "What I have investigated",
    "What I have and have not investigated",
    "Final decision",
    "Agreed action",
    "Background",
    "What happened",
    "Complaint background",
    "Relevant law and policy",
    "Law, guidance and policies",
    "Legal and administrative background",
    "Relevant legislation and guidance",
    "Planning law and guidance",
    "Legislation",
    "Analysis",
    "The Investigation",
    "What the Ombudsman can and cannot do",
    "How we thought about this complaint",
    "What we found out",
]
# Headings that are sub-headings when they come inside "What I found".
SUBHEADINGS_OF_FINDINGS = {
    "background",
    "what happened",
    "relevant law and policy",
    "law, guidance and policies",
    "legal and administrative background",
    "relevant legislation and guidance",
    "planning law and guidance",
    "legislation",
    "analysis",
}
HEADING = re.compile(r"(?:%s):?" % "|".join(HEADINGS), re.I)
# An unlisted heading: short, capitalised, no closing punctuation.
UNLISTED_HEADING = re.compile(r"[A-Z][^.:;,!?()•]{2,60}[A-Za-z’')]")

# A marked line: indentation, marker, text.
MARKED = re.compile(
    r"(?P<indent>[ \t\u00a0]*)(?P<marker>[-•‑–]|\d{1,3}\.|[a-z]\))(?:[ \t\u00a0]+(?P<text>\S.*))?"
)
FURNITURE = re.compile(
    r"Back to top|Back to|Print this page|LGO logogram|Privacy settings|Full decision"
    r"|View .* (?:cookies|scorecard)|Source · .*"
)

# A bracketed group with at most one level of brackets inside, on one line.
BRACKETED = re.compile(r"[(\[]((?:[^()\[\]\n]|\([^()\n]*\))*)[)\]]")
UNCLOSED = re.compile(r"[(\[]((?:[^()\[\]\n]|\([^()\n]*\))*)$")
ACT = re.compile(r"Local Government Act,?\s*1974", re.I)
SECTIONS = re.compile(
    r"\b(?:sections?|ss?\.?)\s*"
    r"(?P<list>\d+[A-Z]{0,2}(?:\s*\([^()]*\))*"
    r"(?:\s*(?:,|&|\band\b|\bor\b)\s*(?:\d+[A-Z]{0,2}(?:\s*\([^()]*\))*|\([^()]*\)(?:\s*\([^()]*\))*))*)",
    re.I,
)
LIST_PART = re.compile(r"(?P<num>\d+[A-Z]{0,2})?\s*(?P<subs>(?:\([^()]*\)\s*)*)")
SUBS = re.compile(r"\(([^()]*)\)")
SUB_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bor\b)\s*")
SCHEDULE = re.compile(
    r"\bSchedule\s*(?P<sch>\d+[A-Z]?(?:\s*/\s*\d+[A-Z]?)*)(?:\.(?P<dot>\d+[A-Z]?))?"
    r"(?:\s*,?\s*paragraphs?\s*(?P<para>\d+[A-Z]?(?:\([0-9a-z]+\))?(?:\s*/\s*\d+[A-Z]?(?:\([0-9a-z]+\))?)*))?",
    re.I,
)
PARAGRAPH_OF_SCHEDULE = re.compile(
    r"\bparagraphs?\s*(?P<para>\d+[A-Z]?(?:\([0-9a-z]+\))?)\s*(?:of\s+)?Schedule\s*(?P<sch>\d+[A-Z]?)",
    re.I,
)
ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7"}
SPLIT_PARTS = re.compile(r"\s*(?:,|&|\band\b|\bor\b)\s*", re.I)


def subsections(group):
    """The subsections printed in one bracket: `6`, `3 and 4`, `i`."""
    out = []
    for s in SUB_SPLIT.split(group.strip()):
        if s:
            out.append(ROMAN.get(s, s))
    return out


def provisions(body):
    """The provisions cited in the body of a bracketed citation."""
    found = []
    for m in SECTIONS.finditer(body):
        last = None
        for part in SPLIT_PARTS.split(m.group("list")):
            p = LIST_PART.fullmatch(part)
            if not p:
                continue
            num, subs = p.group("num"), SUBS.findall(p.group("subs"))
            if num is None:
                num = last
            if num is None:
                continue
            # `34(B)`: a capital letter in brackets is part of the number;
            # deeper down, as in `24A(1)(A)`, it is a lower-case paragraph.
            if subs and len(subs[0]) == 1 and subs[0].isupper() and num.isdigit():
                num += subs.pop(0)
            subs = [x.lower() if len(x) == 1 and x.isupper() else x for x in subs]
            last = num
            levels = [subsections(s) for s in subs]
            if not levels:
                found.append("s. " + num)
            elif len(levels[0]) > 1:
                for s in levels[0]:
                    found.append("s. %s(%s)" % (num, s))
            else:
                found.append(
                    "s. %s%s" % (num, "".join("(%s)" % "/".join(l) for l in levels))
                )
    if "chedule" not in body:
        return found
    # `paragraph 5A schedule 5` first, then what is left.
    for m in PARAGRAPH_OF_SCHEDULE.finditer(body):
        found.append("Sch. %s para. %s" % (m.group("sch"), m.group("para")))
    body = PARAGRAPH_OF_SCHEDULE.sub(" ", body)
    for m in SCHEDULE.finditer(body):
        schedules = [s.strip() for s in m.group("sch").split("/")]
        paras = m.group("para") or m.group("dot")
        paras = [p.strip() for p in paras.split("/")] if paras else []
        if paras and len(paras) == len(schedules):
            found.extend("Sch. %s para. %s" % sp for sp in zip(schedules, paras))
        elif paras:
            found.extend("Sch. %s para. %s" % (schedules[0], p) for p in paras)
        else:
            found.extend("Sch. " + s for s in schedules)
    return found


def citations(text):
    """Bracketed citations of the Local Government Act 1974 in a text."""
    if "1974" not in text:
        return []
    out = []
    for m in BRACKETED.finditer(text):
        body = m.group(1)
        if ACT.search(body):
            out.append({"text": m.group(0), "provisions": provisions(body)})
    # A truncated statement may stop inside a citation.
    if text.count("(") > text.count(")"):
        m = UNCLOSED.search(text)
        if m and ACT.search(m.group(1)):
            out.append({"text": m.group(0), "provisions": provisions(m.group(1))})
    return out


def header(lines):
    """Header fields from the lines before the statement proper."""
    h = {
        "organisation": None,
        "reference": None,
        "area": None,
        "subcategory": None,
        "outcome": None,
        "date": None,
    }
    for line in lines:
        line = line.strip(" \t\u00a0\ufeff")
        if not line:
            continue
        if line.startswith("Category"):
            m = CATEGORY.fullmatch(line)
            if m:
                h["area"], h["subcategory"] = m.group("area"), m.group("sub")
                continue
        if line.startswith("Decision"):
            m = DATE.fullmatch(line)
            if m:
                month = MONTHS.get(m.group("mon").lower())
                if month:
                    h["date"] = "%s-%02d-%02d" % (
                        m.group("year"),
                        month,
                        int(m.group("day")),
                    )
                continue
            m = OUTCOME.fullmatch(line)
            if m:
                h["outcome"] = m.group("outcome")
                continue
        if h["reference"] is None and line.endswith(")"):
            m = TITLE.fullmatch(line)
            if m:
                h["organisation"], h["reference"] = m.group("org"), m.group("ref")
    return h


def new_paragraph(marker, text):
    return {"marker": marker, "text": text, "items": [], "trailing": []}


def extract(text):
    """Everything the extractor finds in one statement, as a dict."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    start = BODY_START.search(text)
    if start is None:
        return None
    head = header(text[: start.start()].split("\n"))
    end = BODY_END.search(text, start.start())
    body = text[start.start() : end.start() if end else len(text)]
    # The closing line: the signature, or a report summary's closing line.
    signature = end.group(0).strip() if end else None

    summary = None
    sections = []
    section = None
    paragraph = None
    in_findings = False
    for raw in body.split("\n"):
        line = raw.strip(" \t\u00a0")
        if not line:
            continue
        first = line[0]
        # Marked lines first: they are most of a statement.
        if first in "-•‑–" or first.isdigit() or first in "abcdefghij":
            m = MARKED.fullmatch(raw.rstrip())
            if m:
                marker, indent, body_text = (
                    m.group("marker"),
                    len(m.group("indent")),
                    (m.group("text") or "").rstrip(),
                )
                if section is None:
                    section = {"heading": None, "paragraphs": [], "subheadings": []}
                    sections.append(section)
                is_item = False
                if paragraph is not None:
                    if marker == "•" or (marker[0].isdigit() and indent >= 4):
                        is_item = True
                    elif marker in "-‑–" and indent == 0:
                        # A dashed copy flattens lists: after a colon, dashed
                        # lines that start in lower case are items.
                        is_item = body_text[:1].islower() and (
                            bool(paragraph["items"]) or paragraph["text"].endswith(":")
                        )
                if is_item:
                    item = {"marker": marker, "text": body_text, "items": []}
                    items = paragraph["items"]
                    if items and indent >= 6 and items[-1].get("indent", 0) < indent:
                        items[-1]["items"].append(item)
                    else:
                        item["indent"] = indent
                        items.append(item)
                else:
                    paragraph = new_paragraph(marker, body_text)
                    section["paragraphs"].append(paragraph)
                continue
        if first == "S" and summary is None:
            m = SUMMARY.match(line)
            if m:
                # One mirror prints a bare `Summary` line above the text.
                summary = m.group("text") or None
                continue
        if first == "T" and FINAL.fullmatch(line):
            continue
        if FURNITURE.fullmatch(line):
            continue
        if HEADING.fullmatch(line):
            heading = line.rstrip(":")
            lower = heading.lower()
            if in_findings and lower in SUBHEADINGS_OF_FINDINGS:
                section["subheadings"].append(
                    {"text": heading, "before": len(section["paragraphs"])}
                )
            else:
                section = {"heading": heading, "paragraphs": [], "subheadings": []}
                sections.append(section)
                in_findings = lower == "what i found"
            paragraph = None
            continue
        if first in "([" and paragraph is not None and BRACKETED.fullmatch(line):
            paragraph["trailing"].append(line)
            continue
        if section is not None and UNLISTED_HEADING.fullmatch(line):
            section["subheadings"].append(
                {"text": line, "before": len(section["paragraphs"])}
            )
            paragraph = None
            continue
        if summary is None and not sections:
            # Report summaries may print the summary without its label, and
            # one mirror prints the label on a line of its own.
            summary = line
            continue
        # An unmarked line: a paragraph of a mirror or a report summary.
        if section is None:
            section = {"heading": None, "paragraphs": [], "subheadings": []}
            sections.append(section)
        paragraph = new_paragraph(None, line)
        section["paragraphs"].append(paragraph)

    # Cited law, on the paragraph, its items and its trailing lines.
    all_citations = []
    if summary:
        all_citations.extend(citations(summary))
    for s in sections:
        for p in s["paragraphs"]:
            p["citations"] = citations(p["text"])
            for t in p["trailing"]:
                p["citations"].extend(citations(t))
            stack = list(p["items"])
            while stack:
                item = stack.pop()
                item.pop("indent", None)
                item["citations"] = citations(item["text"])
                all_citations.extend(item["citations"])
                stack.extend(item["items"])
            all_citations.extend(p["citations"])
    head["summary"] = summary
    head["sections"] = sections
    head["signature"] = signature
    head["citations"] = all_citations
    return head


def read_set(folder):
    """(name, text) of every .txt file in a folder, sorted by name."""
    if not os.path.isdir(folder):
        return []
    out = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".txt"):
            with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                out.append((name, f.read()))
    return out


def check_headers(folder, texts):
    """How many extracted headers agree with expected-headers.tsv."""
    path = os.path.join(folder, "expected-headers.tsv")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    fields = rows[0][1:]
    expected = {r[0]: r[1:] for r in rows[1:] if r and r[0]}
    agree = total = 0
    for name, text in texts:
        if name not in expected:
            continue
        total += 1
        got = extract(text) or {}
        want = [v or None for v in expected[name]]
        if [got.get(k) for k in fields] == want:
            agree += 1
    return agree, total


def time_set(label, texts, seconds):
    """Extract every text again and again for about `seconds`; print MB/s."""
    if not texts:
        print("%-8s no statements found" % label)
        return
    bodies = [t for _, t in texts]
    size = sum(len(t.encode("utf-8")) for t in bodies)
    extract_ = extract
    for t in bodies:  # warm up
        extract_(t)
    rounds = 0
    started = time.perf_counter()
    elapsed = 0.0
    while elapsed < seconds:
        for t in bodies:
            extract_(t)
        rounds += 1
        elapsed = time.perf_counter() - started
    rate = size * rounds / elapsed
    print(
        "%-8s %3d statements, %7d bytes, %5d rounds in %.2f s: %5.1f MB/s (%.1f MiB/s), %.0f us/statement"
        % (
            label,
            len(bodies),
            size,
            rounds,
            elapsed,
            rate / 1e6,
            rate / (1 << 20),
            elapsed * 1e6 / (rounds * len(bodies)),
        )
    )


def main(argv):
    if "--help" in argv or "-h" in argv:
        print(__doc__)
        return 0
    if "--show" in argv:
        i = argv.index("--show")
        if i + 1 >= len(argv):
            print("usage: regex_baseline.py --show FILE", file=sys.stderr)
            return 2
        try:
            with open(argv[i + 1], encoding="utf-8", errors="replace") as f:
                text = f.read()
        except OSError as e:
            print("regex_baseline.py: cannot read %s: %s" % (argv[i + 1], e), file=sys.stderr)
            return 1
        print(json.dumps(extract(text), ensure_ascii=False, indent=1))
        return 0
    seconds = 3.0
    if "--seconds" in argv:
        i = argv.index("--seconds")
        try:
            seconds = float(argv[i + 1])
        except (IndexError, ValueError):
            print("usage: regex_baseline.py [SHARED_DIR] [--seconds S]", file=sys.stderr)
            return 2
        del argv[i : i + 2]
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    shared = argv[0] if argv else os.path.join(repo, "..", "shared")
    seeds = read_set(os.path.join(shared, "seeds"))
    corpus = read_set(os.path.join(shared, "corpus"))
    if not seeds and not corpus:
        print("regex_baseline.py: no statements in %s/seeds or %s/corpus" % (shared, shared), file=sys.stderr)
        return 1
    print("Python %s, re; %s" % (sys.version.split()[0], os.path.abspath(shared)))
    for label, folder, texts in (
        ("seeds", "seeds", seeds),
        ("corpus", "corpus", corpus),
    ):
        agreed = check_headers(os.path.join(shared, folder), texts)
        if agreed:
            print("%-8s headers agree with expected-headers.tsv on %d of %d files" % (label, *agreed))
    time_set("seeds", seeds, seconds)
    time_set("corpus", corpus, seconds)
    time_set("both", corpus + seeds, seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
