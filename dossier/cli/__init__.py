"""The ``dossier`` command. Each ``*_cmds`` module adds its commands to ``app``."""

from __future__ import annotations

import importlib
import pkgutil

from dossier.cli.app import app


def _register_commands() -> None:
    for info in pkgutil.iter_modules(__path__):
        if info.name.endswith("_cmds"):
            importlib.import_module(f"{__name__}.{info.name}")


_register_commands()


def main() -> None:
    app()
