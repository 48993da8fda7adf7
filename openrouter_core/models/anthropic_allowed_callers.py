# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicAllowedCallers) by `python -m codegen`; do not edit.
"""The ``AnthropicAllowedCallers`` schema."""

from __future__ import annotations

from typing import TypeAlias

AnthropicAllowedCallers: TypeAlias = list[str]
"""The ``AnthropicAllowedCallers`` schema."""
