# Generated from the OpenRouter OpenAPI spec (components/schemas/ModelsListResponseData) by `python -m codegen`; do not edit.
"""List of available models."""

from __future__ import annotations

from typing import TypeAlias

from openrouter_core.models.model import Model

ModelsListResponseData: TypeAlias = list[Model]
"""List of available models."""
