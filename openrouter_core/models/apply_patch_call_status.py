# Generated from the OpenRouter OpenAPI spec (components/schemas/ApplyPatchCallStatus) by `python -m codegen`; do not edit.
"""Lifecycle state of an `apply_patch_call` output item."""

from __future__ import annotations

from typing import Final


class ApplyPatchCallStatus:
    """Lifecycle state of an `apply_patch_call` output item.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    IN_PROGRESS: Final = "in_progress"
    COMPLETED: Final = "completed"
