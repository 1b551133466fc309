"""The README's script example runs as printed, from any folder."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from videomarket import paths


def test_readme_python_example_runs(tmp_path: Path) -> None:
    readme = (paths.project_root() / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    assert blocks, "README should show how to use the helpers from a script"
    result = subprocess.run(
        [sys.executable, "-c", blocks[0]], cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert "19.96% a year" in result.stdout
    assert (tmp_path / "leaders.png").stat().st_size > 1000


def test_readme_puts_the_two_setup_commands_first() -> None:
    readme = (paths.project_root() / "README.md").read_text(encoding="utf-8")
    first_block = re.search(r"```bash\n(.*?)```", readme, flags=re.S).group(1)
    assert [line.split()[0:2] for line in first_block.strip().splitlines()] == [
        ["make", "reports"],
        ["make", "test"],
    ]
