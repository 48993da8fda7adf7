# Generated from the OpenRouter OpenAPI spec (components/schemas/FilesServerToolConfig) by `python -m codegen`; do not edit.
"""Configuration for the openrouter:files server tool."""

from __future__ import annotations

from typing import Any, TypeAlias

FilesServerToolConfig: TypeAlias = dict[str, Any]
"""Configuration for the openrouter:files server tool."""
