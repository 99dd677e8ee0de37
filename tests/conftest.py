"""Shared test fixtures: where ../shared lies, and the founding text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FOUNDING = SHARED / "corpus" / "red-book-after-the-trial.txt"
FOUNDING_GOLD = SHARED / "gold" / "red-book-after-the-trial.gold.json"


@pytest.fixture(scope="session")
def founding_path() -> Path:
    if not FOUNDING.exists():
        pytest.fail(f"the founding text is missing at {FOUNDING}: clone dossier beside ../shared")
    return FOUNDING


@pytest.fixture(scope="session")
def founding_gold() -> dict:
    return json.loads(FOUNDING_GOLD.read_text(encoding="utf-8"))
