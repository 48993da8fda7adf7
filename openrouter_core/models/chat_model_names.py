# Generated from the OpenRouter OpenAPI spec (components/schemas/ChatModelNames) by `python -m codegen`; do not edit.
"""Models to use for completion."""

from __future__ import annotations

from typing import TypeAlias

ChatModelNames: TypeAlias = list[str]
"""Models to use for completion."""
