"""Pipeline configuration: kg's defaults (``default_config.toml``) merged with a user's TOML file."""

from __future__ import annotations

import copy
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import ConfigError

__all__ = ["Config", "load_config"]


@dataclass(frozen=True)
class Config:
    """Settings for one run.

    Examples
    --------
    >>> cfg = load_config(disable=["event"])
    >>> "event" in cfg.active, cfg.base
    (False, 'https://w3id.org/kg-union/id/')
    """

    extractors: tuple[str, ...]
    disabled: frozenset[str] = frozenset()
    default_city: str = ""
    base: str = "https://w3id.org/kg-union/id/"
    raw: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def active(self) -> tuple[str, ...]:
        return tuple(n for n in self.extractors if n not in self.disabled)


def _defaults() -> dict[str, Any]:
    text = resources.files("kg").joinpath("default_config.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _merge(base: dict[str, Any], over: dict[str, Any], path: Path) -> None:
    for key, value in over.items():
        if key not in base:
            raise ConfigError(f"unknown setting {key!r} (known: {', '.join(base)})", path)
        if isinstance(base[key], dict):
            if not isinstance(value, dict):
                raise ConfigError(f"{key!r} must be a table", path)
            _merge(base[key], value, path)
        else:
            base[key] = value


def load_config(path: str | Path | None = None, disable: list[str] | tuple[str, ...] = ()) -> Config:
    """Read the defaults, then ``path`` (a TOML file) over them, then ``disable``.

    Raises
    ------
    ConfigError
        If the file is missing, not TOML, or sets unknown keys.
    """
    data = copy.deepcopy(_defaults())
    if path is not None:
        p = Path(path)
        try:
            user = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError("no such configuration file", p) from None
        except UnicodeDecodeError:
            raise ConfigError("configuration is not UTF-8", p) from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"bad TOML: {exc}", p) from None
        _merge(data, user, p)
    pipe = data["pipeline"]
    names = pipe["extractors"]
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise ConfigError("pipeline.extractors must be a list of names", path)
    base = data["graph"]["base"]
    if not str(base).endswith(("/", "#")):
        raise ConfigError(f"graph.base must end with / or #: {base!r}", path)
    return Config(
        extractors=tuple(names),
        disabled=frozenset(pipe.get("disabled", [])) | frozenset(disable),
        default_city=str(data["context"].get("default_city", "")),
        base=str(base),
        raw=data,
    )
