"""The code generator: OpenRouter's OpenAPI spec in, ``openrouter_core.models`` and
``openrouter_funcs`` out (run ``python -m codegen --spec PATH``).

:mod:`codegen.spec` loads the spec, :mod:`codegen.naming` turns JSON names into Python names,
:mod:`codegen.models` maps schemas to model modules and :mod:`codegen.render` holds the text
helpers both halves of the generator share. :mod:`codegen.operations` writes the function
modules (its docstring has the naming rule), :mod:`codegen.typed_dicts` the request
``TypedDict``s, :mod:`codegen.docstrings` what ``help()`` shows and :mod:`codegen.discovery`
the package's lazy index of functions.
"""
