# Generated from the OpenRouter OpenAPI spec (components/schemas/EndpointStatus) by `python -m codegen`; do not edit.
"""The ``EndpointStatus`` schema."""

from __future__ import annotations

from typing import TypeAlias

EndpointStatus: TypeAlias = int
"""The ``EndpointStatus`` schema."""
