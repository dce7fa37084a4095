"""Page metadata: front matter at the top of a page, a TOML sidecar, or the file name."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

from kg.errors import SourceError
from kg.types import PageMeta

__all__ = ["KEYS", "date_from_name", "parse_date", "read_front_matter", "read_sidecar"]

#: Metadata keys a page may carry, and what they mean.
KEYS = {
    "newspaper": "name of the newspaper or broadcaster (劳动午报, 人民日报)",
    "date": "publication date, YYYY-MM-DD; relative dates (昨天, 今年) resolve against it",
    "page": "page or section name (第3版, 要闻)",
    "url": "address of the page online",
    "city": "the city a bare 市 refers to (北京 for a Beijing paper)",
}

_DATE_IN_NAME = re.compile(r"(?<!\d)(20\d\d|19\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")


def parse_date(value: str, path: Path | str, line: int | None = None) -> dt.date:
    """Parse an ISO date (``2023-05-12``), naming the file on failure.

    Examples
    --------
    >>> parse_date("2023-05-12", "a.txt")
    datetime.date(2023, 5, 12)
    """
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise SourceError(f"bad date {value!r}: expected YYYY-MM-DD", path=path, line=line) from None


def date_from_name(name: str) -> dt.date | None:
    """A date written in a file name (``2023-05-12_p3.txt``, ``20230512.md``), if any.

    Examples
    --------
    >>> date_from_name("ldwb_20230512_03.txt")
    datetime.date(2023, 5, 12)
    >>> date_from_name("000_05f10b227ac319df.txt") is None
    True
    """
    m = _DATE_IN_NAME.search(name)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _build(values: dict[str, object], path: Path, lines: dict[str, int]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in values.items():
        line = lines.get(key)
        if key not in KEYS:
            known = ", ".join(KEYS)
            raise SourceError(f"unknown metadata key {key!r} (known: {known})", path, line)
        if key == "date":
            out[key] = value if isinstance(value, dt.date) else parse_date(str(value), path, line)
        else:
            text = str(value).strip()
            if text:
                out[key] = text
    return out


def read_front_matter(text: str, path: Path) -> tuple[dict[str, object], int]:
    """Parse a front-matter block (``---`` lines around ``key: value`` lines).

    Returns the values and the offset where the page text begins (0 without a block).

    Examples
    --------
    >>> read_front_matter("---\\ndate: 2023-05-12\\ncity: 北京\\n---\\n# 版\\n", Path("p.txt"))
    ({'date': datetime.date(2023, 5, 12), 'city': '北京'}, 34)
    """
    stripped = text.lstrip("\ufeff")
    if not stripped.startswith("---"):
        return {}, 0
    lead = len(text) - len(stripped)
    lines = stripped.split("\n")
    if lines[0].strip() != "---":
        return {}, 0
    values: dict[str, object] = {}
    where: dict[str, int] = {}
    offset = lead + len(lines[0]) + 1
    for no, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            return _build(values, path, where), offset + len(line) + 1
        offset += len(line) + 1
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise SourceError(f"front matter line is not 'key: value': {line.strip()!r}", path, no)
        key = key.strip()
        values[key] = value.strip()
        where[key] = no
    raise SourceError("front matter opened with '---' is never closed", path, 1)


def read_sidecar(path: Path) -> dict[str, object]:
    """Read ``<stem>.meta.toml`` beside a source file, if there is one."""
    side = path.with_name(path.name.split(".")[0] + ".meta.toml")
    if not side.is_file():
        return {}
    try:
        data = tomllib.loads(side.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise SourceError("metadata sidecar is not UTF-8", side) from None
    except tomllib.TOMLDecodeError as exc:
        raise SourceError(f"bad TOML: {exc}", side) from None
    return _build(data, side, {})


def page_meta(values: dict[str, object], banner: str | None, path: Path) -> PageMeta:
    """Combine metadata values with the date in the file name as a fallback."""
    date = values.get("date") or date_from_name(path.name)
    return PageMeta(
        newspaper=values.get("newspaper"),  # type: ignore[arg-type]
        date=date,  # type: ignore[arg-type]
        page=values.get("page"),  # type: ignore[arg-type]
        url=values.get("url"),  # type: ignore[arg-type]
        city=values.get("city"),  # type: ignore[arg-type]
        banner=banner,
    )
