# Generated from the OpenRouter OpenAPI spec (components/schemas/ContentFilterBuiltinEntryInput) by `python -m codegen`; do not edit.
"""A builtin content filter entry for create/update requests."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ContentFilterBuiltinEntryInput:
    """A builtin content filter entry for create/update requests."""

    action: str
    """Action taken when the builtin filter triggers. Known values:
    :class:`ContentFilterBuiltinAction`.
    """
    label: str | None = None
    """Deprecated. Deprecated: labels are system-assigned and cannot be set by the caller."""
    scan_scope: str | None = None
    """Which message roles to scan for prompt injection. Known values:
    :class:`PromptInjectionScanScope`.
    """
    slug: str
    """The builtin filter identifier. Known values: :class:`ContentFilterBuiltinSlug`."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
