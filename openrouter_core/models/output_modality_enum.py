# Generated from the OpenRouter OpenAPI spec (components/schemas/OutputModalityEnum) by `python -m codegen`; do not edit.
"""Known values of ``OutputModalityEnum``."""

from __future__ import annotations

from typing import Final


class OutputModalityEnum:
    """Known values of ``OutputModalityEnum``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    TEXT: Final = "text"
    IMAGE: Final = "image"
