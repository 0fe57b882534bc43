"""``lgsco.tables``: the tables of ``lgsco table`` as pandas data frames.

The rows and columns come from the tool's own definitions (the Rust
``lgsco_cli::rows``), so the frames have the same tables, columns and rows
as the tool's CSV files; here each column also gets its pandas dtype.
"""

from __future__ import annotations

import os
import warnings
from types import ModuleType
from typing import TYPE_CHECKING, Iterable, Optional, Union

from ._lgsco import table_columns

if TYPE_CHECKING:
    import pandas

PathLike = Union[str, "os.PathLike[str]"]

_DTYPES = {
    "integer": "Int64",
    "number": "Float64",
    "boolean": "boolean",
    "text": "string",
    "label": "category",
}


def _pandas() -> ModuleType:
    try:
        import pandas
    except ImportError:
        raise ImportError(
            "lgsco.tables needs pandas: pip install pandas, "
            "or install lgsco with its extra: pip install './python[pandas]'"
        ) from None
    return pandas


def tables(
    paths: Union[PathLike, Iterable[PathLike]],
    *,
    jobs: Optional[int] = None,
    ext: str = ".txt",
    encoding: str = "auto",
) -> dict[str, pandas.DataFrame]:
    """Read statements from files and folders into the tables of ``lgsco
    table``: ``decisions``, ``paragraphs``, ``citations``, ``facts`` and
    ``diagnostics``, keyed by ``source``.

    Dtypes: dates are ``datetime64``, integers ``Int64`` and booleans
    ``boolean`` (both nullable), sums ``Float64``, labels (kinds, codes,
    outcomes, areas) ``category``, other text ``string``.

    Files that cannot be read give no row, as in the tool, and a
    ``RuntimeWarning`` naming them. Raises ``ImportError`` without pandas,
    ``FileNotFoundError`` when a path does not exist.
    """
    pd = _pandas()
    built, problems = table_columns(paths, jobs=jobs, ext=ext, encoding=encoding)
    for problem in problems:
        warnings.warn(f"lgsco: {problem}", RuntimeWarning, stacklevel=2)
    out: dict[str, pandas.DataFrame] = {}
    for name, columns, cells in built:
        frame: dict[str, pandas.Series] = {}
        for (column, kind), values in zip(columns, cells):
            if kind == "date":
                frame[column] = pd.to_datetime(
                    pd.Series(values, dtype="object"), format="%Y-%m-%d"
                )
            else:
                frame[column] = pd.Series(values, dtype=_DTYPES[kind])
        out[name] = pd.DataFrame(frame)
    return out
