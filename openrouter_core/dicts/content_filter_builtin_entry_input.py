# Generated from the OpenRouter OpenAPI spec by `python -m codegen`; do not edit.
"""``TypedDict`` forms of :mod:`openrouter_core.models.content_filter_builtin_entry_input` (keys as sent on the wire)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ContentFilterBuiltinEntryInputDict",
]


class ContentFilterBuiltinEntryInputDict(TypedDict, total=False):
    """The dict form of :class:`ContentFilterBuiltinEntryInput`."""

    action: Required[Literal["redact", "block", "flag"] | str]
    label: str | None
    scan_scope: Literal["user_only", "all_messages"] | str | None
    slug: Required[
        Literal[
            "email",
            "phone",
            "ssn",
            "credit-card",
            "ip-address",
            "person-name",
            "address",
            "regex-prompt-injection",
        ]
        | str
    ]
