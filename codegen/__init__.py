"""The code generator: OpenRouter's OpenAPI spec in, ``openrouter_core.models`` and
``openrouter_funcs`` out (run ``python -m codegen --spec PATH``).

:mod:`codegen.spec` loads the spec, :mod:`codegen.naming` turns JSON names into Python names,
:mod:`codegen.models` maps schemas to model modules and :mod:`codegen.render` holds the text
helpers both halves of the generator share. :mod:`codegen.operations` describes every
operation (its docstring has the naming rule) and :mod:`codegen.function_modules` writes a
function module from that description; :mod:`codegen.typed_dicts` writes the request
``TypedDict``s, :mod:`codegen.docstrings` what ``help()`` shows, :mod:`codegen.function_list`
FUNCTIONS.md, :mod:`codegen.package_index` the package's lazy index of functions and
:mod:`codegen.oauth_helpers` the modules of the client-side OAuth helpers. From the same
descriptions, :mod:`codegen.examples` writes the stand-in's answers and
:mod:`codegen.tests_writer` the test case tables.
"""
