# Generated from the OpenRouter OpenAPI spec (components/schemas/ContentFilterEntry) by `python -m codegen`; do not edit.
"""A custom regex content filter that scans request messages for matching patterns."""

from __future__ import annotations

from typing import Any

import attrs

from openrouter_core._unset import UNSET, Unset


@attrs.frozen(kw_only=True)
class ContentFilterEntry:
    """A custom regex content filter that scans request messages for matching patterns."""

    action: str
    """Action taken when the pattern matches. Known values: :class:`ContentFilterAction`."""
    label: str | Unset | None = UNSET
    """Optional label used in redaction placeholders or error messages."""
    pattern: str
    """A regex pattern to match against request content."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
