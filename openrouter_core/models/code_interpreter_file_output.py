# Generated from the OpenRouter OpenAPI spec (components/schemas/CodeInterpreterFileOutput) by `python -m codegen`; do not edit.
"""The ``CodeInterpreterFileOutput`` object."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class CodeInterpreterFileOutput:
    """The ``CodeInterpreterFileOutput`` object."""

    download_url: str | None = None
    """Provider-issued download URL for the generated file."""
    error_code: str | Unset | None = UNSET
    """Provider error code when generating or persisting the file failed; null or absent on success.
    """
    expires_at: str | None = None
    """When the `download_url` stops working, as an ISO 8601 timestamp."""
    filename: str | None = None
    id: str | None = None
    media_type: str | None = None
    sha256: str | None = None
    size_bytes: int | None = None
    status: str | None = None
    """Provider-reported readiness of the generated file (e.g. `ready`)."""
    type: str = "file"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
