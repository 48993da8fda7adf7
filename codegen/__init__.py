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

What is made when (the same policy heads ``openrouter_core._codec``, which applies it):

- **Ahead of time, here: declarations only.** Models (fields, wire names, defaults, union
  rules), operations (method, path, parameters, the status → error table rows), pagination
  paths: committed source a reviewer can read against the spec.
- **At first use, at run time: whatever runs over those declarations.** A model's reader and
  writer (compiled per class by the codec), wire-name lookups, a pagination path's steps, an
  error body's model: paid once per class or path by the process that uses it.
- **At import: nothing is derived.** A generated module defines what it declares; it does not
  convert names, compile code or build tables from other tables.

So codegen writes no reader, writer or lookup table: those would be committed and kept in sync
for every model, most of which a process never reads.
The one exception is the attrs methods written into generated classes
(``codegen.attrs_methods``), kept only while a paired measurement shows they pay.
"""
