"""Readers for the published reference problems in this folder (shared by several test modules).

NIST StRD nonlinear regression files (``nist/*.dat``): certified parameters and standard deviations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

NIST_DIR = Path(__file__).resolve().parent / "nist"


@dataclass(frozen=True)
class NistProblem:
    name: str
    x: np.ndarray
    y: np.ndarray
    starts: np.ndarray  # (k, 2): Start 1 and Start 2
    certified: np.ndarray
    certified_sd: np.ndarray
    rss: float
    residual_sd: float
    nobs: int


def load_nist(name: str) -> NistProblem:
    """Parse a StRD file: parameter lines 'bi = start1 start2 certified sd', the summary lines, data."""
    lines = (NIST_DIR / f"{name}.dat").read_text().splitlines()
    rows = [m.groups() for line in lines
            if (m := re.match(r"\s*b\d+\s*=\s*(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s*$", line))]
    table = np.array(rows, dtype=float)

    def certified(label: str) -> float:
        return float(next(line for line in lines if line.startswith(label)).split(":")[1])

    data_start = max(i for i, line in enumerate(lines) if line.startswith("Data:")) + 1
    data = np.array([line.split() for line in lines[data_start:] if line.strip()], dtype=float)
    return NistProblem(name, data[:, 1], data[:, 0], table[:, :2], table[:, 2], table[:, 3],
                       certified("Residual Sum of Squares"), certified("Residual Standard Deviation"),
                       int(certified("Number of Observations")))



def digits(estimate, certified) -> float:
    """NIST's log relative error: the number of significant digits that agree."""
    estimate, certified = np.atleast_1d(estimate), np.atleast_1d(certified)
    with np.errstate(divide="ignore"):
        return float(np.min(-np.log10(np.abs(estimate - certified) / np.abs(certified))))
