# Generated from the OpenRouter OpenAPI spec (components/schemas/ResponseIncludesEnum) by `python -m codegen`; do not edit.
"""Known values of ``ResponseIncludesEnum``."""

from __future__ import annotations

from typing import Final


class ResponseIncludesEnum:
    """Known values of ``ResponseIncludesEnum``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    FILE_SEARCH_CALL_RESULTS: Final = "file_search_call.results"
    MESSAGE_INPUT_IMAGE_IMAGE_URL: Final = "message.input_image.image_url"
    COMPUTER_CALL_OUTPUT_OUTPUT_IMAGE_URL: Final = "computer_call_output.output.image_url"
    REASONING_ENCRYPTED_CONTENT: Final = "reasoning.encrypted_content"
    CODE_INTERPRETER_CALL_OUTPUTS: Final = "code_interpreter_call.outputs"
