# Generated from the OpenRouter OpenAPI spec (components/schemas/ContentFilterBuiltinEntry) by `python -m codegen`; do not edit.
"""A builtin content filter entry."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class ContentFilterBuiltinEntry:
    """A builtin content filter entry."""

    action: str
    """Action taken when the builtin filter triggers. Known values:
    :class:`ContentFilterBuiltinAction`.
    """
    label: str | None = None
    """Read-only, system-assigned redaction placeholder derived from the slug (e.g. "[EMAIL]",
    "[PHONE]").
    """
    scan_scope: str | None = None
    """Which message roles to scan for prompt injection. Known values:
    :class:`PromptInjectionScanScope`.
    """
    slug: str
    """The builtin filter identifier. Known values: :class:`ContentFilterBuiltinSlug`."""
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        action: str,
        label: str | None = None,
        scan_scope: str | None = None,
        slug: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("action", action)
        _setattr("label", label)
        _setattr("scan_scope", scan_scope)
        _setattr("slug", slug)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"action={self.action!r}, "
            f"label={self.label!r}, "
            f"scan_scope={self.scan_scope!r}, "
            f"slug={self.slug!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.action, self.label, self.scan_scope, self.slug, self.extra_fields) == (
            other.action,
            other.label,
            other.scan_scope,
            other.slug,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "ContentFilterBuiltinEntry",
                self.action,
                self.label,
                self.scan_scope,
                self.slug,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
