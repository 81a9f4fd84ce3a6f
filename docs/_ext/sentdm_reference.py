"""Sphinx extension: the API reference, written at build time from the endpoints tables.

``.. sentdm-reference::`` expands to one section per resource with every operation (summary,
description, usage example, parameters, request body, return model, errors, endpoint) and one
section per model, all read from :class:`sentdm.inspection.Inspector`, so the reference cannot
drift from the code. ``:api: v3`` documents another API version's table (its labels are
prefixed with the version, so that both references live in one site).
"""

from __future__ import annotations

import re
from typing import Any, Dict, Iterable, List, Sequence

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles

from sentdm.inspection import FieldInfo, Inspector, ModelInfo, OperationInfo
from sentdm.service import DEFAULT_API, api_service, models_namespace

_SPECIAL = re.compile(r"([\\`*|_])")


def text(value: str) -> str:
    """Table text as literal RST (no markup characters take effect)."""
    return _SPECIAL.sub(r"\\\1", value)


def title(value: str, underline: str) -> List[str]:
    return [value, underline * len(value), ""]


def model_ref(name: str, prefix: str = "") -> str:
    return f":ref:`{name} <{prefix}model-{name.lower()}>`"


def table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> List[str]:
    lines = [".. list-table::", "   :header-rows: 1", ""]
    for row in [header, *rows]:
        lines.append(f"   * - {row[0] or ' '}")
        lines += [f"     - {cell or ' '}" for cell in row[1:]]
    return lines + [""]


def constraints(field: FieldInfo) -> str:
    return ", ".join(f"{key} = ``{value}``" for key, value in field.constraints.items())


def operation_lines(info: OperationInfo, prefix: str = "") -> List[str]:
    lines = [f".. _{prefix}op-{info.key}:", "", *title(f"{info.resource}.{info.name}", "~")]
    lines += [f"**{text(info.summary)}**", "", text(info.description), ""]
    result = "result = " if info.response is not None else ""
    lines += ["**Usage**", "", ".. code-block:: python", ""]
    lines += [f"   {result}{line}" if index == 0 else f"   {line}"
              for index, line in enumerate(info.example.splitlines())]
    lines.append("")
    if info.parameters:
        lines += ["**Parameters**", ""]
        lines += table(["Python name", "Wire name", "In", "Type", "Required", "Constraints",
                        "Description"],
                       [[f"``{p.python_name}``", f"``{p.wire_name}``", p.location or "",
                         f"``{p.python_type}``", "yes" if p.required else "no", constraints(p),
                         text(p.description)] for p in info.parameters])
    if info.body is not None:
        kind = "one JSON value, passed as ``body=``" if info.body.scalar else (
            "a JSON object of the body parameters")
        lines += [f"**Request body**: {model_ref(info.body.schema, prefix)}, {kind}: "
                  f"{text(info.body.description)}", ""]
    if info.response is None:
        lines += ["**Returns**: ``None`` (the answer has no body)", ""]
    else:
        many = "a list of " if info.response.many else ""
        lines += [f"**Returns**: {many}{model_ref(info.response.schema, prefix)} "
                  f"(``{info.returns}``); ``{info.name}_with_http_info`` returns "
                  f"``ApiResponse[{info.returns}]`` with ``.status_code``, ``.headers``, "
                  "``.response``, ``.meta``, ``.request_id``, ``.rate_limit``, ``.replayed`` and "
                  "``.idempotency_key`` too.", ""]
    lines += ["**Errors**", ""]
    lines += table(["HTTP status", "Exception", "When"],
                   [["(none)", "``sentdm.ValidationError``", "bad arguments; nothing is sent"]]
                   + [[str(e.status), f"``sentdm.{e.exception}``",
                       text(e.description) + (f" (body: {model_ref(e.schema, prefix)})"
                                              if e.schema else "")] for e in info.errors])
    lines += [f"**Endpoint**: ``{info.method} {info.uri}``"
              + (f" (operation id ``{info.operation_id}``)" if info.operation_id else ""), ""]
    if info.pagination:
        items = (f" The items are ``.{info.pagination['items']}`` of the result."
                 if info.pagination.get("items") else "")
        lines += [f"**Pagination**: ``{info.pagination['page']}`` is the page number and "
                  f"``{info.pagination['page_size']}`` the page size.{items}", ""]
    if info.positional:
        lines += [f"**Positional**: ``{', '.join(info.positional)}`` may also be passed by "
                  "position.", ""]
    return lines


def model_lines(model: ModelInfo, meta: Inspector, prefix: str = "") -> List[str]:
    bases = (f" (extends {', '.join(model_ref(base, prefix) for base in model.all_of)})"
             if model.all_of else "")
    lines = [f".. _{prefix}model-{model.name.lower()}:", "", *title(model.name, "~")]
    lines += [text(model.description) + bases, ""]
    if not model.fields:
        of = f" of ``{model.items}``" if model.items else ""
        return lines + [f"A JSON ``{model.type}``{of}.", ""]
    if model.name in meta.models:
        cls = meta.models[model.name]
        lines += [f"Python class: ``{cls.__module__}.{cls.__qualname__}``.", ""]
    return lines + table(
        ["Attribute", "Wire name", "Type", "Constraints", "Description"],
        [[f"``{f.python_name}``", f"``{f.wire_name}``", f"``{f.python_type}``", constraints(f),
          text(f.description) + (f" (from {model_ref(f.inherited_from, prefix)})"
                                 if f.inherited_from else "")] for f in model.fields])


def reference_lines(meta: Inspector, prefix: str = "") -> List[str]:
    lines: List[str] = []
    for resource in meta.resource_names:
        spec = meta.api.resources[resource]
        lines += [f".. _{prefix}resource-{resource}:", "", *title(f"client.{resource}", "-")]
        lines += [text(spec.description), ""]
        for name in spec.operations:
            lines += operation_lines(meta.describe(f"{resource}.{name}"), prefix)
    lines += title("Models", "-")
    lines += ["The schemas of the table: response models, request bodies and error bodies.", ""]
    for name in meta.schema_names:
        lines += model_lines(meta.describe_model(name), meta, prefix)
    return lines


def listing_lines(meta: Inspector, prefix: str = "") -> List[str]:
    return table(["Operation", "Method", "URI template", "Summary"],
                 [[f":ref:`{s.key} <{prefix}op-{s.key}>`", s.method, f"``{s.uri}``",
                   text(s.summary)] for s in meta.operations])


class ReferenceDirective(SphinxDirective):
    """``.. sentdm-reference::`` (every resource and model) or ``.. sentdm-reference:: listing``
    (the one-line-per-operation table)."""

    optional_arguments = 1
    option_spec = {"api": directives.unchanged_required}

    def run(self) -> List[nodes.Node]:
        kind = self.arguments[0] if self.arguments else "full"
        if kind not in ("full", "listing"):
            raise self.error(f"sentdm-reference takes 'listing' or nothing, not {kind!r}")
        api = self.options.get("api", DEFAULT_API)
        meta = api_service(api).meta
        prefix = "" if api == DEFAULT_API else f"{models_namespace(api)}-"
        for source in meta.api.sources:  # rebuild the page when the table changes
            self.env.note_dependency(source)
        lines = (listing_lines(meta, prefix) if kind == "listing" else
                 reference_lines(meta, prefix))
        container = nodes.section() if kind == "full" else nodes.container()
        container.document = self.state.document
        nested_parse_with_titles(self.state, StringList(lines, source=meta.api.sources[0]), container)
        return list(container.children)


def setup(app: Any) -> Dict[str, Any]:
    app.add_directive("sentdm-reference", ReferenceDirective)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
