# Generated from the OpenRouter OpenAPI spec (components/schemas/ModelName) by `python -m codegen`; do not edit.
"""Model to use for completion."""

from __future__ import annotations

from typing import TypeAlias

ModelName: TypeAlias = str
"""Model to use for completion."""
