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

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        action: str,
        label: str | Unset | None = UNSET,
        pattern: str,
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("action", action)
        _setattr("label", label)
        _setattr("pattern", pattern)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"action={self.action!r}, "
            f"label={self.label!r}, "
            f"pattern={self.pattern!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.action, self.label, self.pattern, self.extra_fields) == (
            other.action,
            other.label,
            other.pattern,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            ("ContentFilterEntry", self.action, self.label, self.pattern, self.extra_fields)
        )

    # --- end of attrs methods ---
