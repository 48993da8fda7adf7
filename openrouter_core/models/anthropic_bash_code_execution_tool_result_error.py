# Generated from the OpenRouter OpenAPI spec (components/schemas/AnthropicBashCodeExecutionToolResultError) by `python -m codegen`; do not edit.
"""The ``AnthropicBashCodeExecutionToolResultError`` object."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class AnthropicBashCodeExecutionToolResultError:
    """The ``AnthropicBashCodeExecutionToolResultError`` object."""

    error_code: str
    """Known values: ``"invalid_tool_input"``, ``"unavailable"``, ``"too_many_requests"``,
    ``"execution_time_exceeded"``, ``"output_file_too_large"``.
    """
    type: str = "bash_code_execution_tool_result_error"
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)

    # --- attrs methods, written by `python -m codegen.attrs_methods`; do not edit ---
    def __init__(
        self,
        *,
        error_code: str,
        type: str = "bash_code_execution_tool_result_error",
        extra_fields: dict[str, Any] | attrs.NothingType = attrs.NOTHING,
    ) -> None:
        _setattr = object.__setattr__.__get__(self)
        _setattr("error_code", error_code)
        _setattr("type", type)
        _setattr("extra_fields", dict() if extra_fields is attrs.NOTHING else extra_fields)

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(error_code={self.error_code!r}, type={self.type!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (self.error_code, self.type, self.extra_fields) == (
            other.error_code,
            other.type,
            other.extra_fields,
        )

    def __hash__(self) -> int:
        return hash(
            (
                "AnthropicBashCodeExecutionToolResultError",
                self.error_code,
                self.type,
                self.extra_fields,
            )
        )

    # --- end of attrs methods ---
