# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicCodeExecutionResult) by `python -m codegen`; do not edit.
"""The ``AnthropicCodeExecutionResult`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_code_execution_output import AnthropicCodeExecutionOutput


@attrs.frozen(kw_only=True)
class AnthropicCodeExecutionResult:
    """The ``AnthropicCodeExecutionResult`` object."""

    content: list[AnthropicCodeExecutionOutput]
    return_code: int
    stderr: str
    stdout: str
    type: str = "code_execution_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: list[AnthropicCodeExecutionOutput],
        return_code: int,
        stderr: str,
        stdout: str,
        type: str = "code_execution_result",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("return_code", return_code)
        _setattr("stderr", stderr)
        _setattr("stdout", stdout)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content={self.content!r}, "
            f"return_code={self.return_code!r}, "
            f"stderr={self.stderr!r}, "
            f"stdout={self.stdout!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.content,
            self.return_code,
            self.stderr,
            self.stdout,
            self.type,
            self.extra_fields,
        ) == (
            other.content,
            other.return_code,
            other.stderr,
            other.stdout,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicCodeExecutionResult",
                self.content,
                self.return_code,
                self.stderr,
                self.stdout,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
