"""The code generator: OpenRouter's OpenAPI spec in, ``openrouter_core.models`` and
``openrouter_funcs`` out (run ``python -m codegen --spec PATH``).

:mod:`codegen.spec` loads the spec, :mod:`codegen.naming` turns JSON names into Python names,
:mod:`codegen.models` maps schemas to model modules and :mod:`codegen.render` holds the text
helpers both halves of the generator share.
"""
