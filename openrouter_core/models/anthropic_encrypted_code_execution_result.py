# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicEncryptedCodeExecutionResult) by `python -m codegen`; do not edit.
"""The ``AnthropicEncryptedCodeExecutionResult`` object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from openrouter_core.models.anthropic_code_execution_output import AnthropicCodeExecutionOutput


@attrs.frozen(kw_only=True)
class AnthropicEncryptedCodeExecutionResult:
    """The ``AnthropicEncryptedCodeExecutionResult`` object."""

    content: list[AnthropicCodeExecutionOutput]
    encrypted_stdout: str
    return_code: int
    stderr: str
    type: str = "encrypted_code_execution_result"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        content: list[AnthropicCodeExecutionOutput],
        encrypted_stdout: str,
        return_code: int,
        stderr: str,
        type: str = "encrypted_code_execution_result",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("content", content)
        _setattr("encrypted_stdout", encrypted_stdout)
        _setattr("return_code", return_code)
        _setattr("stderr", stderr)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content={self.content!r}, "
            f"encrypted_stdout={self.encrypted_stdout!r}, "
            f"return_code={self.return_code!r}, "
            f"stderr={self.stderr!r}, "
            f"type={self.type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            self.content,
            self.encrypted_stdout,
            self.return_code,
            self.stderr,
            self.type,
            self.extra_fields,
        ) == (
            other.content,
            other.encrypted_stdout,
            other.return_code,
            other.stderr,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicEncryptedCodeExecutionResult",
                self.content,
                self.encrypted_stdout,
                self.return_code,
                self.stderr,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
