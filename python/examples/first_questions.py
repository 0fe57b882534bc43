"""The three questions people ask first of a folder of statements, each a
few lines of pandas on ``lgsco.tables``.

    python python/examples/first_questions.py STATEMENTS_FOLDER

Without a folder it reads the package's test fixtures.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

import lgsco

folder = sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parents[1] / "tests" / "fixtures"
t = lgsco.tables(folder)
decisions, facts = t["decisions"], t["facts"]
# Each fact with its statement's council and reference.
facts = facts.merge(decisions[["source", "organisation", "reference"]], on="source")

# 1. How many were not investigated, and why?
not_investigated = decisions[decisions["result"] == "not_investigated"]
print(f"{len(not_investigated)} of {len(decisions)} statements: not investigated")
reasons = facts[(facts["fact"] == "reason") & facts["source"].isin(not_investigated["source"])]
print(reasons["label"].value_counts().loc[lambda n: n > 0].to_string(), end="\n\n")

# 2. Money agreed, by council.
payments = facts[(facts["fact"] == "remedy") & facts["amount"].notna()]
by_council = payments.groupby("organisation", observed=True)["amount"].agg(["sum", "count"])
print(by_council.sort_values("sum", ascending=False).head(10).to_string(), end="\n\n")

# 3. Which statements point to a tribunal or a court?
bodies = facts[(facts["fact"] == "body") & facts["body_kind"].isin(["tribunal", "court"])]
pointed = bodies[["reference", "organisation", "label", "evidence"]].drop_duplicates()
with pd.option_context("display.max_colwidth", 60):
    print(pointed.to_string(index=False))
