# Generated from the OpenRouter OpenAPI spec (components/schemas) by `python -m codegen`; do not edit.
"""Models generated from the OpenRouter OpenAPI spec, one module per schema.

Import a model from its module (``from openrouter_core.models.chat_request import ChatRequest``) or
from this package, which imports the module on first use, so importing the package itself stays
cheap.
"""

from __future__ import annotations

import importlib
from typing import Any


def __getattr__(name: str) -> Any:
    from openrouter_core.models._index import MODULES

    module = MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    from openrouter_core.models._index import MODULES

    return sorted({*globals(), *MODULES})
