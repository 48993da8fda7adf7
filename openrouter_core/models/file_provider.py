# Generated from the OpenRouter OpenAPI spec (components/schemas/FileProvider) by `python -m codegen`; do not edit.
"""Store or read this file on the named provider using your own API key for it."""

from __future__ import annotations

from typing import Final


class FileProvider:
    """Store or read this file on the named provider using your own API key for it.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    OPENAI: Final = "openai"
    ANTHROPIC: Final = "anthropic"
