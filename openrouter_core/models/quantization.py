# Generated from the OpenRouter OpenAPI spec (components/schemas/Quantization) by `python -m codegen`; do not edit.
"""Known values of ``Quantization``."""

from __future__ import annotations

from typing import Final


class Quantization:
    """Known values of ``Quantization``.

    The values the API is known to send; fields that take them are plain ``str``, so a value added
    later is kept as it is.
    """

    INT4: Final = "int4"
    INT8: Final = "int8"
    FP4: Final = "fp4"
    MXFP4: Final = "mxfp4"
    NVFP4: Final = "nvfp4"
    FP6: Final = "fp6"
    FP8: Final = "fp8"
    MXFP8: Final = "mxfp8"
    FP16: Final = "fp16"
    BF16: Final = "bf16"
    FP32: Final = "fp32"
    UNKNOWN: Final = "unknown"
