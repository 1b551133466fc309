"""The benchmark results as lines: one console line each, and the Markdown of ``bench/results.md``.

Example::

    >>> from results_md import Line
    >>> Line("3", "import", "80.0 ms", "400.0 ms", 0.2, "<= 1.2", True).console()
    ' 3. import: 80.0 ms vs 400.0 ms -> ratio 0.2 (target <= 1.2 holds)'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import machine


@dataclass
class Line:
    """One row of the results table: our figure, the baseline's, their ratio and the target."""

    key: str
    what: str
    ours: str
    baseline: str
    ratio: float | None
    target: str
    holds: bool | None  # None: no target, or not measured
    details: list[str] = field(default_factory=list)
    ratio_prefix: str = ""  # "< " when the ratio is a bound (a baseline stopped by the time budget)
    load: str = ""  # load average when the comparison started

    def ratio_text(self) -> str:
        return "n/a" if self.ratio is None else self.ratio_prefix + fmt_ratio(self.ratio)

    def console(self) -> str:
        ratio = self.ratio_text()
        verdict = "" if self.holds is None else (" holds" if self.holds else " MISSED")
        return f"{self.key:>2}. {self.what}: {self.ours} vs {self.baseline} -> ratio {ratio} " \
               f"(target {self.target}{verdict})"


def fmt_ratio(value: float) -> str:
    """3 significant digits below 10, whole numbers with thousands separators above."""
    return f"{value:.3g}" if value < 10 else f"{value:,.0f}"


def fmt_seconds(seconds: float) -> str:
    """Seconds from 1 s up, milliseconds below."""
    if seconds >= 1:
        return f"{seconds:.2f} s"
    return f"{seconds * 1000:.1f} ms" if seconds >= 0.01 else f"{seconds * 1000:.2f} ms"


def fmt_runs(times: list[float]) -> str:
    """Every timed run, comma-separated."""
    return ", ".join(fmt_seconds(t) for t in times)


def settings(options: dict) -> str:
    """The repeat counts and time budget of the run, in words."""
    budget = options["budget"]
    reports = (f"within {options['reports_budget']:g} s, at least 1" if budget > 0 else "no time limit")
    return (f"time budget {f'{budget:g} s' if budget > 0 else 'none'}; start-up {options['startup_repeats']} "
            f"timed rounds; growth {options['growth_repeats']} timed calls; reports up to "
            f"{options['reports_repeats']} cold/nbconvert pairs ({reports}) and {options['reports_repeats']} "
            f"no-change runs; bootstrap {options['arena_repeats']} timed runs; statsmodels GLM "
            f"{options['glm_repeats']} fit" + (" (skipped: --no-glm)" if options["no_glm"] else "")
            + f"; data build {options.get('data_repeats', 5)} timed runs each side; load_rankings "
            f"{options.get('load_repeats', 9)} timed calls each side"
            + (f"; only {' '.join(options['only'])} measured (--only)" if options.get("only") else ""))


_ROW = re.compile(r"^\| (?P<key>[0-9]+[a-z]?) \| (?P<what>.*) \| (?P<ours>[^|]*) \| "
                  r"(?P<baseline>[^|]*) \| (?P<ratio>[^|]*) \| (?P<target>[^|]*) \| (?P<holds>[^|]*) \|$")
_NOTE = re.compile(r"^- \*\*(?P<key>[0-9]+[a-z]?)\*\* \(load average at start (?P<load>[^)]*)\): "
                   r"(?P<text>.*)$")


def previous_lines(path: Path) -> tuple[list[Line], dict[str, object]]:
    """The rows of an existing results.md, each saying which run it is from, and that run: its
    description (``run``) and the Markdown lines of its machine section (``machine``).

    Used by ``run.py --only``: the rows not measured again are carried over unchanged.
    """
    if not path.is_file():
        return [], {"run": "no earlier run", "machine": []}
    text = path.read_text(encoding="utf-8")
    section = text.split("## Machine", 1)[-1].split("\n## ", 1)[0]
    if "Machine of the kept rows" in section:  # an earlier partial run: its own machine comes first
        section = section.split("Machine of the kept rows", 1)[0]
    section = section.strip().splitlines()
    machine_md = [line for line in section if line.startswith("- ") and not line.startswith("- Settings")]
    date = re.search(r" on ([0-9-]+ [0-9:]+ UTC);", text)
    commit = re.search(r"^- Commit: (\S+)", text, flags=re.MULTILINE)
    run = f"the run of {date.group(1) if date else 'an unknown date'}" + (
        f" (commit {commit.group(1)})" if commit else "")
    notes = {m["key"]: (m["load"], m["text"]) for m in map(_NOTE.match, text.splitlines()) if m}
    lines = []
    for match in filter(None, map(_ROW.match, text.splitlines())):
        ratio = match["ratio"].strip()
        prefix = "< " if ratio.startswith("< ") else ("<= " if ratio.startswith("<= ") else "")
        number = ratio.removeprefix(prefix).replace(",", "")
        load, note = notes.get(match["key"], ("", ""))
        load = "" if load == "not recorded" else load
        kept = note if note.startswith("Kept from ") else f"Kept from {run}. {note}".rstrip()
        lines.append(Line(match["key"], match["what"], match["ours"], match["baseline"],
                          None if number == "n/a" else float(number), match["target"],
                          {"yes": True, "**no**": False}.get(match["holds"].strip()), [kept],
                          ratio_prefix=prefix, load=load))
    return lines, {"run": run, "machine": machine_md}


def render(lines: list[Line], context: dict) -> str:
    """The Markdown of results.md: machine, versions, the table, how each figure was measured."""
    held = [line for line in lines if line.holds is not None]
    rows = [f"| {ln.key} | {ln.what} | {ln.ours} | {ln.baseline} | "
            f"{ln.ratio_text()} | {ln.target} | "
            f"{'—' if ln.holds is None else ('yes' if ln.holds else '**no**')} |" for ln in lines]
    notes = [f"- **{ln.key}** (load average at start {ln.load or 'not recorded'}): " + " ".join(ln.details)
             for ln in lines if ln.details]
    only = context["settings"].get("only")
    kept = context.get("kept_from") or {"run": "", "machine": []}
    measured = ", ".join(sorted(_measured(lines)))
    partial = (f" Only rows {measured} were measured in this run (`--only`); the others are kept from "
               f"{kept['run']}, as their notes say." if only else "")
    kept_machine = (["", f"Machine of the kept rows, from {kept['run']}:", "", *kept["machine"]]
                    if only and kept["machine"] else [])
    return "\n".join([
        "# Benchmark results (issues 9 and 14)",
        "",
        f"Written by `make bench` (`bench/run.py`) on {context['date']}; the whole run took "
        f"{context['wall']}. Rerun with `make bench` (after `make test`). Ratio = ours / baseline; "
        f"{sum(ln.holds for ln in held)} of {len(held)} targets hold.{partial}",
        "",
        "## Machine",
        "",
        *machine.markdown(context["machine"]),
        f"- Settings: {settings(context['settings'])}.",
        f"- Load average (1/5/15 min): {context['load_start']} at start, {context['load_end']} at end. "
        "Other sessions share this machine, so figures can move by up to ~2x between runs; each comparison "
        "times both sides in the same run, one right after the other.",
        *kept_machine,
        "",
        "## Results",
        "",
        "| # | Comparison | Ours | Baseline | Ratio | Target | Holds |",
        "|---|---|---|---|---|---|---|",
        *rows,
        "",
        "## How each figure was measured",
        "",
        *notes,
        "",
        "## Reading the figures",
        "",
        "- Ratio = ours / baseline, so lower is better for us everywhere. `< x` is a bound: the baseline "
        "was stopped by the time budget before finishing, so its time is at least the figure shown.",
        "- Both sides of a comparison run in the same `make bench`, back to back (the start-up statements "
        "interleaved, the report pairs alternating), so machine load affects both; absolute times still "
        "move with the load averages above.",
        "- `make bench` keeps to its time budget; `.venv/bin/python bench/run.py --budget 0` lifts it "
        "(up to 3 report pairs and the full statsmodels fit: expect 15-25 minutes).",
        "",
    ])


def _measured(lines: list[Line]) -> set[str]:
    return {ln.key for ln in lines if not (ln.details and ln.details[0].startswith("Kept from "))}
