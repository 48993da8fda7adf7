# Generated from the OpenRouter OpenAPI spec (components/schemas/SupportedParameters) by `python -m codegen`; do not edit.
"""Union of supported parameters across every endpoint of this model."""

from __future__ import annotations

from typing import TypeAlias

from openrouter_core.models.capability_descriptor import CapabilityDescriptor

SupportedParameters: TypeAlias = dict[str, CapabilityDescriptor]
"""Union of supported parameters across every endpoint of this model."""
