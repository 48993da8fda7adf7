"""``python -m codegen.supplement``: extend the spec with what the official SDKs know.

Not part of the package (the wheel ships only ``openrouter_core`` and ``openrouter_funcs``);
it needs the official ``openrouter`` package installed (the ``bench`` extra has it).
"""
