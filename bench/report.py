"""The figures, their targets, and the table and JSON they are reported in."""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Target:
    """What a figure must stay within: a ratio to its baseline, or an absolute limit."""

    limit: float
    kind: str  # "ratio", "ms" or "MiB"

    def text(self) -> str:
        return f"<= {self.limit:g}x" if self.kind == "ratio" else f"<= {self.limit:g} {self.kind}"


@dataclass
class Figure:
    key: str
    what: str
    unit: str  # "ms", "s" or "MiB"
    value: float
    target: Target
    baseline: float | None = None
    baseline_what: str = ""
    how: str = ""
    samples: list[float] = field(default_factory=list)
    baseline_samples: list[float] = field(default_factory=list)
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline

    @property
    def met(self) -> bool:
        compared = self.ratio if self.target.kind == "ratio" else self.value
        return compared is not None and compared <= self.target.limit

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        data["target"] = self.target.text()
        data["target_limit"] = self.target.limit
        data["target_kind"] = self.target.kind
        data["ratio"] = self.ratio
        data["met"] = self.met
        data["result"] = "met" if self.met else "missed"
        return data


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (no interpolation: a value that was really measured)."""
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MiB":
        return f"{value:.0f} MiB"
    return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


def table(figures: Sequence[Figure]) -> str:
    """A Markdown table: it reads in a terminal and pastes into docs/performance.md."""
    rows = [("what", "measured", "baseline", "ratio", "target", "result")]
    for f in figures:
        baseline = "-" if f.baseline is None else f"{_number(f.baseline, f.unit)} ({f.baseline_what})"
        ratio = "-" if f.ratio is None else f"{f.ratio:.2f}x"
        rows.append((f.what, _number(f.value, f.unit), baseline, ratio, f.target.text(),
                     "met" if f.met else "missed"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |" for row in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def write_json(path: Path, figures: Sequence[Figure], context: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"context": context, "figures": {f.key: f.as_json() for f in figures}}
    path.write_text(json.dumps(payload, indent=2) + "\n")
