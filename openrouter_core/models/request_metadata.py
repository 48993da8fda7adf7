# Generated from the OpenRouter OpenAPI spec (components/schemas/RequestMetadata) by `python -m codegen`; do not edit.
"""Metadata key-value pairs for the request."""

from __future__ import annotations

from typing import TypeAlias

RequestMetadata: TypeAlias = dict[str, str]
"""Metadata key-value pairs for the request."""
