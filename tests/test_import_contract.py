"""The import direction of DESIGN.md §4 (models ← adapters ← auth ← subscriptions ← resolvers ← schema ← app)
holds over the real import graph, and the contract that checks it does catch an arrow pointing back."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bench", "app", "schema", "resolvers", "subscriptions", "auth", "adapters", "models")
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=cwd, env=environment, capture_output=True,
                          text=True, timeout=300, check=False)


def test_the_code_keeps_the_import_contract() -> None:
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 1 kept, 0 broken." in result.stdout


def test_an_import_pointing_back_up_breaks_the_contract(tmp_path: Path) -> None:
    # given a copy of the code where models/ imports the app's settings (a lower layer reaching up)
    for package in PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "models" / "back_edge.py").write_text("from app.settings import get_settings\n")

    # when the contract is checked
    result = _lint_imports(tmp_path)

    # then it fails, naming the arrow
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Contracts: 0 kept, 1 broken." in result.stdout
    assert "models.back_edge -> app.settings" in result.stdout
